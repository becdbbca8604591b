import numpy as np
def min_edit_cost(source, target, insert_cost, delete_cost, replace_cost):
    m = len(target)
    t = np.frombuffer(target.encode(), dtype=np.uint8)
    prev = np.arange(m + 1, dtype=np.int64) * insert_cost
    for i, a in enumerate(source.encode(), 1):
        sub = prev[:-1] + np.where(t == a, 0, replace_cost)
        best = np.minimum(prev[1:] + delete_cost, sub)
        cur = np.empty(m + 1, dtype=np.int64)
        cur[0] = i * delete_cost
        # insertions run left to right: cur[j] = min(best[j-1], cur[j-1] + ins)
        # = min over k<=j of (best_k - k*ins) + j*ins
        k = np.arange(1, m + 1, dtype=np.int64) * insert_cost
        vals = np.concatenate(([cur[0]], best - k))
        cur[1:] = np.minimum.accumulate(vals)[1:] + k
        prev = cur
    return int(prev[m])
