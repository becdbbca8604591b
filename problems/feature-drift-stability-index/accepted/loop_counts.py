import math
from bisect import bisect_right


def population_stability_index(reference, current, n_bins):
    ref = reference.tolist()
    lo, hi = min(ref), max(ref)
    width = (hi - lo) / n_bins
    edges = [lo + k * width for k in range(1, n_bins)]

    def shares(values):
        counts = [0] * n_bins
        for v in values:
            counts[bisect_right(edges, v)] += 1
        return [max(c / len(values), 1e-4) for c in counts]

    r, c = shares(ref), shares(current.tolist())
    return sum((ci - ri) * math.log(ci / ri) for ri, ci in zip(r, c))
