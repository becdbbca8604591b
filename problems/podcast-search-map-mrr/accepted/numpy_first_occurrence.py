# Vectorised per query: mark the first occurrence of each id, then cumulative hit counts.
import numpy as np


def map_and_mrr(ranked, relevant):
    aps, rrs = [], []
    for answer, wanted in zip(ranked, relevant):
        if len(wanted) == 0:
            continue
        arr = np.asarray(answer, dtype=np.int64)
        first = np.zeros(len(arr), dtype=bool)
        if len(arr):
            _, idx = np.unique(arr, return_index=True)
            first[idx] = True
        hit = first & np.isin(arr, np.asarray(wanted, dtype=np.int64))
        ranks = np.arange(1, len(arr) + 1)
        cum = np.cumsum(hit)
        aps.append(float(np.sum(cum[hit] / ranks[hit])) / len(wanted))
        rrs.append(1.0 / ranks[hit][0] if hit.any() else 0.0)
    if not aps:
        return float("nan"), float("nan")
    return float(np.mean(aps)), float(np.mean(rrs))
