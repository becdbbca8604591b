# verdict: Wrong Answer
# Merges sorted starts and ends but takes a start equal to an end first, so touching sessions overlap.
def peak_concurrency(sessions):
    starts = sorted(s for s, _ in sessions)
    ends = sorted(e for _, e in sessions)
    i = j = active = peak = 0
    while i < len(starts):
        if starts[i] <= ends[j]:
            active += 1; i += 1
            peak = max(peak, active)
        else:
            active -= 1; j += 1
    return peak
