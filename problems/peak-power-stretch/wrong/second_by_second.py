# verdict: Time Limit Exceeded
# Correct, but walks through time one second at a time: O(range), up to 2 * 10**9 steps.
def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    if not jobs:
        return []
    change = {}
    for start, end, watts in jobs:
        change[start] = change.get(start, 0) + watts
        change[end] = change.get(end, 0) - watts
    first_time, last_time = min(change), max(change)
    level = peak = 0
    for t in range(first_time, last_time):
        level += change.get(t, 0)
        peak = max(peak, level)
    level = 0
    run_from = None
    for t in range(first_time, last_time):
        level += change.get(t, 0)
        if level == peak:
            if run_from is None:
                run_from = t
        elif run_from is not None:
            return [peak, run_from, t]
    return [peak, run_from, last_time]
