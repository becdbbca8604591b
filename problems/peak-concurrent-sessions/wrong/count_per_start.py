# verdict: Time Limit Exceeded
# Correct (the peak is reached at some start time), but checks every session at every
# start: O(n^2).
def peak_concurrency(sessions: list[list[int]]) -> int:
    peak = 0
    for moment, _ in sessions:
        active = 0
        for start, end in sessions:
            if start <= moment < end:
                active += 1
        peak = max(peak, active)
    return peak
