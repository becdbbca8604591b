# verdict: Time Limit Exceeded
# Correct, but insertion sort: each node walks the sorted part from its front, O(n^2).
def sort_returns(head):
    before = ListNode(0)
    node = head
    while node is not None:
        following = node.next
        spot = before
        while spot.next is not None and spot.next.val <= node.val:
            spot = spot.next
        node.next = spot.next
        spot.next = node
        node = following
    return before.next
