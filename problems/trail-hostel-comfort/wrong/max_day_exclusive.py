# verdict: Wrong Answer
# Expires a hostel once it is max_day behind, so a day of exactly max_day is refused.
from collections import deque


def best_trail_comfort(marks: list[int], comfort: list[int], min_day: int, max_day: int) -> int | None:
    best = [None] * len(marks)
    best[0] = comfort[0]
    window = deque()
    admitted = 0
    for i in range(1, len(marks)):
        while marks[i] - marks[admitted] >= min_day:
            if best[admitted] is not None:
                while window and best[window[-1]] <= best[admitted]:
                    window.pop()
                window.append(admitted)
            admitted += 1
        while window and marks[i] - marks[window[0]] >= max_day:
            window.popleft()
        if window:
            best[i] = best[window[0]] + comfort[i]
    return best[-1]
