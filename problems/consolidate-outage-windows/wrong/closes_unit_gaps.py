# verdict: Wrong Answer
# Reads the windows as whole minutes and joins [1, 2] and [3, 4], but the service was up
# between 2 and 3.
def consolidate_outages(reports):
    merged = []
    for start, end in sorted(reports):
        if merged and start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
