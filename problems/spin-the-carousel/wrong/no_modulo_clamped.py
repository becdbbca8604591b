# verdict: Wrong Answer
# Treats a k larger than the list as "bring every slide forward": min(k, n) instead of k mod n.
def spin_carousel(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    shift = min(k, len(values))
    values = values[len(values) - shift:] + values[:len(values) - shift]
    out = None
    for value in reversed(values):
        out = ListNode(value, out)
    return out
