# Copies the values into a Python list, deletes one, and builds new nodes.
def cancel_from_back(head, k):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    if k <= len(values):
        del values[len(values) - k]
    out = None
    for value in reversed(values):
        out = ListNode(value, out)
    return out
