# Pushes up to k nodes on a stack; a full stack is popped onto the result, a short one is
# appended as it came.
def reverse_full_crates(head, k):
    dummy = tail = ListNode(0)
    node = head
    while node is not None:
        stack = []
        while node is not None and len(stack) < k:
            stack.append(node)
            node = node.next
        if len(stack) == k:
            stack.reverse()
        for item in stack:
            tail.next = item
            tail = item
    tail.next = None
    return dummy.next
