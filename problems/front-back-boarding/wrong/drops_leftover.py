# verdict: Wrong Answer
# Splits at n // 2 (the back half is the longer one) and weaves while both halves last: on an
# odd line the middle passenger is lost.
def board_from_both_ends(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast.next is not None and fast.next.next is not None:
        slow, fast = slow.next, fast.next.next
    back = slow.next
    slow.next = None
    rev = None
    while back is not None:
        back.next, rev, back = rev, back, back.next
    front = head
    while front is not None and rev is not None:
        nf, nb = front.next, rev.next
        front.next = rev
        rev.next = nf if nf is not None else None
        front, rev = nf, nb
    return head
