# verdict: Wrong Answer
# Marks unreachable hostels with -10**9 and lets them into the window: real plans can score
# less than that, so an unreachable hostel wins.
from collections import deque

NEG = -10**9


def best_trail_comfort(marks: list[int], comfort: list[int], min_day: int, max_day: int) -> int | None:
    best = [NEG] * len(marks)
    best[0] = comfort[0]
    window = deque()
    admitted = 0
    for i in range(1, len(marks)):
        while marks[i] - marks[admitted] >= min_day:
            while window and best[window[-1]] <= best[admitted]:
                window.pop()
            window.append(admitted)
            admitted += 1
        while window and marks[i] - marks[window[0]] > max_day:
            window.popleft()
        if window and best[window[0]] > NEG:
            best[i] = best[window[0]] + comfort[i]
    return best[-1] if best[-1] > NEG else None
