from collections import deque


def best_hop_score(rewards: list[int], reach: int) -> int:
    n = len(rewards)
    best = [0] * n  # best[i]: best score of a route from 0 that stops at i
    best[0] = rewards[0]
    window: deque[int] = deque([0])  # candidate previous stops, best scores decreasing
    for i in range(1, n):
        if window[0] < i - reach:
            window.popleft()
        best[i] = best[window[0]] + rewards[i]
        while window and best[window[-1]] <= best[i]:
            window.pop()
        window.append(i)
    return best[-1]
