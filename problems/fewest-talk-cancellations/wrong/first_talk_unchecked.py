# verdict: Runtime Error
# Reads the first talk before the loop, which fails when there are no proposals.
def fewest_cancellations(talks):
    ordered = sorted(talks, key=lambda t: t[1])
    last_end = ordered[0][1]
    cancelled = 0
    for start, end in ordered[1:]:
        if start >= last_end:
            last_end = end
        else:
            cancelled += 1
    return cancelled
