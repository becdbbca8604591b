# verdict: Wrong Answer
# Counts the sessions that overlap the busiest single session, but two sessions that each
# overlap it need not overlap each other.
def peak_concurrency(sessions: list[list[int]]) -> int:
    ordered = sorted(sessions)
    peak = 0
    for i, (start, end) in enumerate(ordered):
        count = 1
        for j, (s, e) in enumerate(ordered):
            if j != i and s < end and start < e:
                count += 1
        peak = max(peak, count)
    return peak
