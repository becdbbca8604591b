def board_from_both_ends(head):
    if head is None:
        return None
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    reversed_back = None
    while back is not None:
        following = back.next
        back.next = reversed_back
        reversed_back = back
        back = following
    front = head
    while reversed_back is not None:
        after_front = front.next
        after_back = reversed_back.next
        front.next = reversed_back
        reversed_back.next = after_front
        front = after_front
        reversed_back = after_back
    return head
