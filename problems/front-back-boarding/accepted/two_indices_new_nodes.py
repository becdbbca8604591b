# Copies the values, walks two indices towards each other, and builds new nodes.
def board_from_both_ends(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    order, low, high = [], 0, len(values) - 1
    while low < high:
        order += [values[low], values[high]]
        low, high = low + 1, high - 1
    if low == high:
        order.append(values[low])
    out = None
    for value in reversed(order):
        out = ListNode(value, out)
    return out
