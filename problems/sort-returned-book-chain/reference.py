def _merge(a, b):
    before = ListNode(0)
    tail = before
    while a is not None and b is not None:
        if b.val < a.val:
            tail.next = b
            b = b.next
        else:
            tail.next = a
            a = a.next
        tail = tail.next
    tail.next = a if a is not None else b
    return before.next


def sort_returns(head):
    if head is None or head.next is None:
        return head
    # slow stops at the last node of the front half: for two nodes, at the first one
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    return _merge(sort_returns(head), sort_returns(back))
