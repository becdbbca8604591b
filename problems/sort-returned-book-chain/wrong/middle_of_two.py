# verdict: Runtime Error
# Starts slow and fast both at the head: on a two-node list slow ends on the second node,
# the back half is empty and the front half is the whole list again, so the recursion never
# ends.
def _merge(a, b):
    before = ListNode(0)
    tail = before
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = a or b
    return before.next


def sort_returns(head):
    if head is None or head.next is None:
        return head
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    return _merge(sort_returns(head), sort_returns(back))
