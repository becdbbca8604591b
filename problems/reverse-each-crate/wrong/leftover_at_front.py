# verdict: Wrong Answer
# Forms the crates from the back of the line, so the short run is the first one.
def reverse_full_crates(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    extra = len(values) % k
    order = values[:extra]
    for start in range(extra, len(values), k):
        order += values[start:start + k][::-1]
    out = None
    for value in reversed(order):
        out = ListNode(value, out)
    return out
