# verdict: Wrong Answer
# Removes the k-th node from the front instead of the back.
def cancel_from_back(head, k):
    before = ListNode(0, head)
    node = before
    for _ in range(k - 1):
        node = node.next
        if node is None or node.next is None:
            return head
    if node.next is not None:
        node.next = node.next.next
    return before.next
