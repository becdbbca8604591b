# Recursion per crate (at most 5 * 10**4 frames when k = 1).
def reverse_full_crates(head, k):
    probe = head
    for _ in range(k):
        if probe is None:
            return head
        probe = probe.next
    previous, node = reverse_full_crates(probe, k), head
    for _ in range(k):
        node.next, previous, node = previous, node, node.next
    return previous
