# Bottom-up merge sort: merges runs of width 1, 2, 4, ... in place, O(1) extra space.
def sort_returns(head):
    n, node = 0, head
    while node is not None:
        n, node = n + 1, node.next
    before = ListNode(0, head)
    width = 1
    while width < n:
        prev, rest = before, before.next
        while rest is not None:
            left = rest
            for _ in range(width - 1):
                if rest.next is None:
                    break
                rest = rest.next
            right = rest.next
            rest.next = None
            rest = right
            for _ in range(width - 1):
                if rest is None or rest.next is None:
                    break
                rest = rest.next
            if rest is not None:
                following = rest.next
                rest.next = None
                rest = following
            a, b = left, right
            while a is not None and b is not None:
                if a.val <= b.val:
                    prev.next, a = a, a.next
                else:
                    prev.next, b = b, b.next
                prev = prev.next
            prev.next = a if a is not None else b
            while prev.next is not None:
                prev = prev.next
        width *= 2
    return before.next
