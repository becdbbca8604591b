# verdict: Time Limit Exceeded
# Correct, but adds each group to every stop it rides past: up to len(trips) * 10**6 steps.
def can_take_all(trips: list[list[int]], capacity: int) -> bool:
    if not trips:
        return True
    load = [0] * (max(leave for _, _, leave in trips) + 1)
    for count, board, leave in trips:
        for stop in range(board, leave):
            load[stop] += count
            if load[stop] > capacity:
                return False
    return True
