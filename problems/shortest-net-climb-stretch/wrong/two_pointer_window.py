# verdict: Wrong Answer
# The sliding window that is right when every change is non-negative: it shrinks from the left
# as soon as the stretch reaches the climb, and so throws away starts that a later descent
# followed by a climb would have needed; it never drops a leading descent either.
def shortest_net_climb(changes: list[int], climb: int) -> int:
    best = -1
    total = 0
    left = 0
    for right, change in enumerate(changes):
        total += change
        while left <= right and total >= climb:
            if best == -1 or right - left + 1 < best:
                best = right - left + 1
            total -= changes[left]
            left += 1
    return best
