# verdict: Wrong Answer
# The lead pointer goes only k - 1 nodes ahead: the (k-1)-th node from the back is removed.
def cancel_from_back(head, k):
    before = ListNode(0, head)
    lead = before
    for _ in range(k - 1):
        lead = lead.next
        if lead is None:
            return head
    trail = before
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    if trail.next is not None:
        trail.next = trail.next.next
    return before.next
