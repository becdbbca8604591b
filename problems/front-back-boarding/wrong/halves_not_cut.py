# verdict: Wrong Answer
# Reverses the back half but never ends the front half: the woven list loops back on itself,
# so the returned value cannot be judged.
def board_from_both_ends(head):
    if head is None:
        return None
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    back = slow.next
    rev = None
    while back is not None:
        back.next, rev, back = rev, back, back.next
    front = head
    while rev is not None:
        nf, nb = front.next, rev.next
        front.next = rev
        rev.next = nf
        front, rev = nf, nb
    return head
