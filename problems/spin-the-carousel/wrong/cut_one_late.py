# verdict: Wrong Answer
# Walks size - shift nodes instead of size - shift - 1: one slide too few moves to the front.
def spin_carousel(head, k):
    if head is None:
        return None
    size, tail = 1, head
    while tail.next is not None:
        tail, size = tail.next, size + 1
    shift = k % size
    if shift == 0:
        return head
    new_tail = head
    for _ in range(size - shift):
        if new_tail.next is None:
            break
        new_tail = new_tail.next
    if new_tail.next is None:
        return head
    new_head = new_tail.next
    new_tail.next = None
    tail.next = head
    return new_head
