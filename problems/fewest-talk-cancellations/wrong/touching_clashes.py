# verdict: Wrong Answer
# Treats a talk starting as the previous one ends as a clash.
def fewest_cancellations(talks):
    kept, last_end = 0, None
    for start, end in sorted(talks, key=lambda t: t[1]):
        if last_end is None or start > last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
