def reverse_full_crates(head, k):
    before = ListNode(next=head)
    crate_before = before
    while True:
        probe = crate_before
        for _ in range(k):
            probe = probe.next
            if probe is None:
                return before.next
        after_crate = probe.next
        previous, node = after_crate, crate_before.next
        while node is not after_crate:
            following = node.next
            node.next = previous
            previous = node
            node = following
        first = crate_before.next
        crate_before.next = previous
        crate_before = first
