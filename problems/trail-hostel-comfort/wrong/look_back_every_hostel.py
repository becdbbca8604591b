# verdict: Time Limit Exceeded
# Correct, but scans back over every hostel within a day's walk: O(n^2) when they all are.
def best_trail_comfort(marks: list[int], comfort: list[int], min_day: int, max_day: int) -> int | None:
    best = [None] * len(marks)
    best[0] = comfort[0]
    for i in range(1, len(marks)):
        top = None
        j = i - 1
        while j >= 0 and marks[i] - marks[j] <= max_day:
            if marks[i] - marks[j] >= min_day and best[j] is not None:
                if top is None or best[j] > top:
                    top = best[j]
            j -= 1
        if top is not None:
            best[i] = top + comfort[i]
    return best[-1]
