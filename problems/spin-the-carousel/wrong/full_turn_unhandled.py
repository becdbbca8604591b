# verdict: Wrong Answer
# When k is a multiple of n the cut point falls after the tail: the list is closed into a ring
# and the new head is None.
def spin_carousel(head, k):
    if head is None:
        return None
    size, tail = 1, head
    while tail.next is not None:
        tail, size = tail.next, size + 1
    shift = k % size
    new_tail = head
    for _ in range(size - shift - 1):
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None
    tail.next = head
    return new_head
