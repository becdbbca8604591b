# verdict: Wrong Answer
# The merge stops when either half runs out and never attaches what is left of the other:
# the tail of the longer run is lost.
def _merge(a, b):
    before = ListNode(0)
    tail = before
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = None
    return before.next


def sort_returns(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    return _merge(sort_returns(head), sort_returns(back))
