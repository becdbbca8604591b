# verdict: Wrong Answer
# Expires candidates one step late, so it allows hops of reach + 1.
from collections import deque


def best_hop_score(rewards: list[int], reach: int) -> int:
    n = len(rewards)
    best = [0] * n
    best[0] = rewards[0]
    window: deque[int] = deque([0])
    for i in range(1, n):
        if window[0] < i - reach - 1:
            window.popleft()
        best[i] = best[window[0]] + rewards[i]
        while window and best[window[-1]] <= best[i]:
            window.pop()
        window.append(i)
    return best[-1]
