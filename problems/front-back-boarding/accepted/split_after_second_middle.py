# The other common split: the fast pointer runs while it and its next exist, so on an even
# line the front half keeps the second middle node too; the weave comes out the same.
def board_from_both_ends(head):
    if head is None:
        return None
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    back, slow.next = slow.next, None
    prev = None
    while back is not None:
        back.next, prev, back = prev, back, back.next
    front = head
    while prev is not None:
        front_next, back_next = front.next, prev.next
        front.next, prev.next = prev, front_next
        front, prev = front_next, back_next
    return head
