# verdict: Wrong Answer
# Extends the open outage to the end of each overlapping report, even one that ends sooner:
# [1, 10] then [2, 3] becomes [1, 3].
def consolidate_outages(reports):
    merged = []
    for start, end in sorted(reports):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
