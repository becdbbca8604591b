# verdict: Runtime Error
# No node before the head: when k equals the length the lead pointer runs off the end.
def cancel_from_back(head, k):
    lead = head
    for _ in range(k):
        lead = lead.next
    trail = head
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return head
