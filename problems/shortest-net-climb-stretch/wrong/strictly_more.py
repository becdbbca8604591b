# verdict: Wrong Answer
# Asks for a net climb strictly above the target, so a stretch that nets exactly the target is
# missed.
from collections import deque


def shortest_net_climb(changes: list[int], climb: int) -> int:
    n = len(changes)
    prefix = [0] * (n + 1)
    for i, change in enumerate(changes):
        prefix[i + 1] = prefix[i] + change
    best = n + 1
    starts: deque[int] = deque()
    for end in range(n + 1):
        while starts and prefix[end] - prefix[starts[0]] > climb:
            best = min(best, end - starts.popleft())
        while starts and prefix[starts[-1]] >= prefix[end]:
            starts.pop()
        starts.append(end)
    return best if best <= n else -1
