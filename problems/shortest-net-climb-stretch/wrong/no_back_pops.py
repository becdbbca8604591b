# verdict: Wrong Answer
# Keeps every start in the queue and only ever checks the front one, so a lower prefix sum
# hidden behind a higher one at the front is never tried.
from collections import deque


def shortest_net_climb(changes: list[int], climb: int) -> int:
    n = len(changes)
    prefix = [0] * (n + 1)
    for i, change in enumerate(changes):
        prefix[i + 1] = prefix[i] + change
    best = n + 1
    starts: deque[int] = deque()
    for end in range(n + 1):
        while starts and prefix[end] - prefix[starts[0]] >= climb:
            best = min(best, end - starts.popleft())
        starts.append(end)
    return best if best <= n else -1
