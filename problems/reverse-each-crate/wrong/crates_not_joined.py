# verdict: Wrong Answer
# Reverses each crate but links only the first one to the head: the old first node of a crate
# keeps pointing at the next crate's old first node, so later crates lose their tails.
def reverse_full_crates(head, k):
    probe = head
    for _ in range(k):
        if probe is None:
            return head
        probe = probe.next
    new_head = None
    node = head
    while True:
        probe = node
        for _ in range(k):
            if probe is None:
                return new_head if new_head is not None else head
            probe = probe.next
        first = node
        previous = probe
        for _ in range(k):
            node.next, previous, node = previous, node, node.next
        if new_head is None:
            new_head = previous
        node = probe
        if node is None:
            return new_head
        first.next = node
