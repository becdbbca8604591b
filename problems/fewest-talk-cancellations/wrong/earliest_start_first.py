# verdict: Wrong Answer
# Keeps talks greedily by earliest start: one long early talk blocks several short ones.
def fewest_cancellations(talks):
    kept, last_end = 0, None
    for start, end in sorted(talks):
        if last_end is None or start >= last_end:
            kept += 1
            last_end = end
    return len(talks) - kept
