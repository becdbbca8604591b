# verdict: Wrong Answer
# Takes a pair from both ends ceil(n / 2) times: the middle passenger of an odd line boards twice.
def board_from_both_ends(head):
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    n = len(values)
    order = []
    for i in range((n + 1) // 2):
        order += [values[i], values[n - 1 - i]]
    out = None
    for value in reversed(order):
        out = ListNode(value, out)
    return out
