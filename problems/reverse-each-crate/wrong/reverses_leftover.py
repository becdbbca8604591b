# verdict: Wrong Answer
# Reverses the short last run too.
def reverse_full_crates(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    order = []
    for start in range(0, len(values), k):
        order += values[start:start + k][::-1]
    out = None
    for value in reversed(order):
        out = ListNode(value, out)
    return out
