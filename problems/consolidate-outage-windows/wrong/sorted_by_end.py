# verdict: Wrong Answer
# Sorts by end instead of start: a long window that starts early comes last and only merges
# with the window just before it.
def consolidate_outages(reports):
    merged = []
    for start, end in sorted(reports, key=lambda w: w[1]):
        if merged and start <= merged[-1][1]:
            merged[-1][0] = min(merged[-1][0], start)
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
