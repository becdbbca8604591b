# verdict: Wrong Answer
# Asks for more than k nodes ahead (remaining > k) before reversing: a full crate at the very
# end of the line is left unreversed.
def reverse_full_crates(head, k):
    size, node = 0, head
    while node is not None:
        size, node = size + 1, node.next
    before = ListNode(0, head)
    crate_before = before
    remaining = size
    while remaining > k:
        first = crate_before.next
        previous, node = None, first
        for _ in range(k):
            node.next, previous, node = previous, node, node.next
        crate_before.next = previous
        first.next = node
        crate_before = first
        remaining -= k
    return before.next
