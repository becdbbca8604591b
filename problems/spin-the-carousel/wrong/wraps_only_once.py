# verdict: Wrong Answer
# Wraps k around only once (k - n when k >= n) and clamps what is left: right only for k < 2n.
def spin_carousel(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    n = len(values)
    if n == 0:
        return None
    if k >= n:
        k -= n
    k = min(k, n)
    values = values[n - k:] + values[:n - k]
    out = None
    for value in reversed(values):
        out = ListNode(value, out)
    return out
