# Recursion: each call links one front node to its matching back node (5 * 10**4 / 2 frames).
def board_from_both_ends(head):
    size, node = 0, head
    while node is not None:
        size, node = size + 1, node.next
    if size < 3:
        return head

    def weave(front, length):
        # weaves the `length` nodes from `front`; returns the node after their mirror image
        if length == 1:
            after = front.next
            front.next = None
            return after
        if length == 2:
            after = front.next.next
            front.next.next = None
            return after
        mirror = weave(front.next, length - 2)
        after = mirror.next
        mirror.next = front.next
        front.next = mirror
        return after

    weave(head, size)
    return head
