# Copies the values, rotates the Python list with slices, and builds new nodes.
def spin_carousel(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    if not values:
        return None
    cut = len(values) - k % len(values)
    out = None
    for value in reversed(values[cut:] + values[:cut]):
        out = ListNode(value, out)
    return out
