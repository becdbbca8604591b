def cancel_from_back(head, k):
    before_head = ListNode(next=head)
    lead = before_head
    for _ in range(k):
        lead = lead.next
        if lead is None:
            return head
    trail = before_head
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return before_head.next
