# Closes the list into a ring, walks n - k mod n steps from the tail, and cuts there.
def spin_carousel(head, k):
    if head is None:
        return None
    size, tail = 1, head
    while tail.next is not None:
        tail, size = tail.next, size + 1
    tail.next = head
    node = tail
    for _ in range(size - k % size):
        node = node.next
    new_head = node.next
    node.next = None
    return new_head
