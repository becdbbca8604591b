# verdict: Wrong Answer
# Weaves the halves starting from the back: last, first, second-to-last, second, ...
def board_from_both_ends(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    order, low, high = [], 0, len(values) - 1
    while low <= high:
        order.append(values[high])
        if low != high:
            order.append(values[low])
        low, high = low + 1, high - 1
    out = None
    for value in reversed(order):
        out = ListNode(value, out)
    return out
