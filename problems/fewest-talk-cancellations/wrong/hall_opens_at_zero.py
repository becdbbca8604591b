# verdict: Wrong Answer
# Starts with the hall free from minute 0, so talks at negative times all look like clashes.
def fewest_cancellations(talks):
    kept, last_end = 0, 0
    for start, end in sorted(talks, key=lambda t: t[1]):
        if start >= last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
