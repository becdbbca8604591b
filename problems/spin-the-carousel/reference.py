def spin_carousel(head, k):
    if head is None:
        return None
    size, tail = 1, head
    while tail.next is not None:
        tail = tail.next
        size += 1
    shift = k % size
    if shift == 0:
        return head
    new_tail = head
    for _ in range(size - shift - 1):
        new_tail = new_tail.next
    new_head = new_tail.next
    new_tail.next = None
    tail.next = head
    return new_head
