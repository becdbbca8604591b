# verdict: Time Limit Exceeded
# Detaches the last node by walking to the end of the line again for every call: O(n^2).
def board_from_both_ends(head):
    front = head
    while front is not None and front.next is not None and front.next.next is not None:
        before_last = front
        while before_last.next.next is not None:
            before_last = before_last.next
        last = before_last.next
        before_last.next = None
        last.next = front.next
        front.next = last
        front = last.next
    return head
