# verdict: Wrong Answer
# Applies only the upper limit: any hostel within max_day counts, even a few metres away.
from collections import deque


def best_trail_comfort(marks: list[int], comfort: list[int], min_day: int, max_day: int) -> int | None:
    best = [None] * len(marks)
    best[0] = comfort[0]
    window = deque()
    for i in range(1, len(marks)):
        j = i - 1
        if best[j] is not None:
            while window and best[window[-1]] <= best[j]:
                window.pop()
            window.append(j)
        while window and marks[i] - marks[window[0]] > max_day:
            window.popleft()
        if window:
            best[i] = best[window[0]] + comfort[i]
    return best[-1]
