# verdict: Runtime Error
# Counts the slides and takes k mod n before checking for an empty carousel.
def spin_carousel(head, k):
    size, node = 0, head
    while node is not None:
        size, node = size + 1, node.next
    shift = k % size
    if shift == 0:
        return head
    new_tail = head
    for _ in range(size - shift - 1):
        new_tail = new_tail.next
    new_head, new_tail.next = new_tail.next, None
    tail = new_head
    while tail.next is not None:
        tail = tail.next
    tail.next = head
    return new_head
