# verdict: Wrong Answer
# Counts the length, but when k is larger than it removes the head anyway.
def cancel_from_back(head, k):
    size, node = 0, head
    while node is not None:
        size += 1
        node = node.next
    if head is None:
        return None
    steps = size - k
    if steps <= 0:
        return head.next
    node = head
    for _ in range(steps - 1):
        node = node.next
    node.next = node.next.next
    return head
