# Recursion returns each node's position from the back (5 * 10**4 frames at most).
def cancel_from_back(head, k):
    def walk(node):
        if node is None:
            return 0
        place = walk(node.next) + 1
        if place == k + 1:
            node.next = node.next.next
        return place
    return head.next if walk(head) == k else head
