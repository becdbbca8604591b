# verdict: Time Limit Exceeded
# Before every crate, counts all the nodes left to decide whether a full crate remains:
# O(n^2 / k).
def reverse_full_crates(head, k):
    before = ListNode(0, head)
    crate_before = before
    while True:
        remaining, node = 0, crate_before.next
        while node is not None:
            remaining += 1
            node = node.next
        if remaining < k:
            return before.next
        first = crate_before.next
        previous, node = None, first
        for _ in range(k):
            node.next, previous, node = previous, node, node.next
        crate_before.next = previous
        first.next = node
        crate_before = first
