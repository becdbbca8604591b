# Two passes: count the nodes, then stop before the (n - k)-th.
def cancel_from_back(head, k):
    size, node = 0, head
    while node is not None:
        size += 1
        node = node.next
    if k > size:
        return head
    if k == size:
        return head.next
    node = head
    for _ in range(size - k - 1):
        node = node.next
    node.next = node.next.next
    return head
