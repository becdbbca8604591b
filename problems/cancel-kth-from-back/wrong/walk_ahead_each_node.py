# verdict: Time Limit Exceeded
# For every node, walks k nodes ahead to test whether it is the k-th from the end: O(n * k).
def cancel_from_back(head, k):
    before = ListNode(0, head)
    prev = before
    while prev.next is not None:
        probe = prev.next
        for _ in range(k - 1):
            probe = probe.next
            if probe is None:
                break
        if probe is not None and probe.next is None:
            prev.next = prev.next.next
            break
        if probe is None:
            break
        prev = prev.next
    return before.next
