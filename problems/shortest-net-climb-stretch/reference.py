from collections import deque


def shortest_net_climb(changes: list[int], climb: int) -> int:
    n = len(changes)
    prefix = [0] * (n + 1)
    for i, change in enumerate(changes):
        prefix[i + 1] = prefix[i] + change
    best = n + 1
    # candidate starts, with prefix sums rising strictly from front to back
    starts: deque[int] = deque()
    for end in range(n + 1):
        # the earliest starts that already reach the climb are done: later ends are longer
        while starts and prefix[end] - prefix[starts[0]] >= climb:
            best = min(best, end - starts.popleft())
        # a start with a prefix sum at least as high as this one is never better
        while starts and prefix[starts[-1]] >= prefix[end]:
            starts.pop()
        starts.append(end)
    return best if best <= n else -1
