import numpy as np
def covered_by_k(uptimes, k):
    if not uptimes:
        return 0
    a = np.array(uptimes, dtype=np.int64)
    times = np.concatenate([a[:, 0], a[:, 1]])
    deltas = np.concatenate([np.ones(len(a), np.int64), -np.ones(len(a), np.int64)])
    order = np.argsort(times, kind="stable")
    times, deltas = times[order], deltas[order]
    active = np.cumsum(deltas)
    gaps = np.diff(times)
    return int(gaps[active[:-1] >= k].sum())
