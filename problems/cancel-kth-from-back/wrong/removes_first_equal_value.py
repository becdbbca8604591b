# verdict: Wrong Answer
# Finds the value of the k-th node from the back, then unlinks the first node holding that
# value: wrong when an earlier node has the same value.
def cancel_from_back(head, k):
    values = []
    node = head
    while node is not None:
        values.append(node.val)
        node = node.next
    if k > len(values):
        return head
    target = values[len(values) - k]
    before = ListNode(0, head)
    node = before
    while node.next.val != target:
        node = node.next
    node.next = node.next.next
    return before.next
