# verdict: Wrong Answer
# Treats the windows as open at the ends: [1, 2] and [2, 3] share the instant 2 but stay apart.
def consolidate_outages(reports):
    merged = []
    for start, end in sorted(reports):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
