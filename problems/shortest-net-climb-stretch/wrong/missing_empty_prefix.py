# verdict: Wrong Answer
# Builds the prefix sums without the leading 0 (the sum before the first segment), so a
# stretch that starts at the trailhead is never measured.
from collections import deque


def shortest_net_climb(changes: list[int], climb: int) -> int:
    n = len(changes)
    prefix = []
    total = 0
    for change in changes:
        total += change
        prefix.append(total)
    best = n + 1
    starts: deque[int] = deque()
    for end in range(n):
        while starts and prefix[end] - prefix[starts[0]] >= climb:
            best = min(best, end - starts.popleft())
        while starts and prefix[starts[-1]] >= prefix[end]:
            starts.pop()
        starts.append(end)
    return best if best <= n else -1
