# Copies the values, reverses every full slice of k, and builds new nodes.
def reverse_full_crates(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    full = len(values) - len(values) % k
    for start in range(0, full, k):
        values[start:start + k] = values[start:start + k][::-1]
    out = None
    for value in reversed(values):
        out = ListNode(value, out)
    return out
