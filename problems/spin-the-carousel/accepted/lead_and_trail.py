# Two pointers k mod n apart: when the lead reaches the tail, the trail is the new tail.
def spin_carousel(head, k):
    if head is None:
        return None
    size, node = 0, head
    while node is not None:
        size, node = size + 1, node.next
    shift = k % size
    lead = trail = head
    for _ in range(shift):
        lead = lead.next
    while lead.next is not None:
        lead, trail = lead.next, trail.next
    if trail.next is None:
        return head
    new_head = trail.next
    trail.next = None
    lead.next = head
    return new_head
