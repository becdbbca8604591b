def fewest_cancellations(talks):
    # sort by start; on a clash cancel whichever of the two ends later
    cancelled = 0
    last_end = None
    for start, end in sorted(talks):
        if last_end is None or start >= last_end:
            last_end = end
        else:
            cancelled += 1
            last_end = min(last_end, end)
    return cancelled
