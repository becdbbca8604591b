# verdict: Wrong Answer
# Sorts the links correctly but returns the node that was the head before sorting: the list
# from there on is only the part that follows that node.
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


def _sort(head):
    if head is None or head.next is None:
        return head
    slow, fast = head, head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    back = slow.next
    slow.next = None
    return _merge(_sort(head), _sort(back))


def sort_returns(head):
    _sort(head)
    return head
