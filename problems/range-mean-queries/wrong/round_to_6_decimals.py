# verdict: Wrong Answer
# Rounds each mean to 6 decimals, further than the 1e-9 tolerance allows for a mean like 4/3.
def range_means(readings, queries):
    p = [0]
    for v in readings:
        p.append(p[-1] + v)
    return [round((p[r + 1] - p[l]) / (r - l + 1), 6) for l, r in queries]
