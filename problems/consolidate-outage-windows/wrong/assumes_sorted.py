# verdict: Wrong Answer
# Merges neighbours in the order given, as if the reports were already sorted by start.
def consolidate_outages(reports):
    merged = []
    for start, end in reports:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
