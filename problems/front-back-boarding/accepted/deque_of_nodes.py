# Keeps the nodes in a deque and relinks them, taking from the left and the right in turn.
from collections import deque


def board_from_both_ends(head):
    nodes = deque()
    while head is not None:
        nodes.append(head)
        head = head.next
    dummy = tail = ListNode(0)
    take_left = True
    while nodes:
        tail.next = nodes.popleft() if take_left else nodes.pop()
        tail = tail.next
        take_left = not take_left
    tail.next = None
    return dummy.next
