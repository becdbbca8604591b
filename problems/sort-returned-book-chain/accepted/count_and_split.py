# Top-down merge sort that splits by a known length instead of slow and fast pointers.
def _sort(head, n):
    if n <= 1:
        if head is not None:
            head.next = None
        return head
    half = n // 2
    node = head
    for _ in range(half - 1):
        node = node.next
    back = node.next
    node.next = None
    a, b = _sort(head, half), _sort(back, n - half)
    before = tail = ListNode(0)
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return before.next


def sort_returns(head):
    n, node = 0, head
    while node is not None:
        n, node = n + 1, node.next
    return _sort(head, n)
