# verdict: Wrong Answer
# Moves the first k mod n slides to the back (a left rotation) instead of the last ones forward.
def spin_carousel(head, k):
    if head is None:
        return None
    size, tail = 1, head
    while tail.next is not None:
        tail, size = tail.next, size + 1
    shift = k % size
    if shift == 0:
        return head
    new_tail = head
    for _ in range(shift - 1):
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None
    tail.next = head
    return new_head
