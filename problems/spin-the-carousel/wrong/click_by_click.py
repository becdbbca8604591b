# verdict: Time Limit Exceeded
# Simulates every click: walks to the last slide and moves it to the front, k times.
def spin_carousel(head, k):
    if head is None or head.next is None:
        return head
    for _ in range(k):
        before_last = head
        while before_last.next.next is not None:
            before_last = before_last.next
        last = before_last.next
        before_last.next = None
        last.next = head
        head = last
    return head
