# verdict: Time Limit Exceeded
# Correct pooling, but after every merge it scans the blocks again from the start for the next
# violating pair: O(n^2) when violations keep appearing at the far end.
import numpy as np


def isotonic_fit(x, y, weights):
    w = np.ones(len(x)) if weights is None else weights
    distinct, inverse = np.unique(x, return_inverse=True)
    bw = np.bincount(inverse, weights=w).tolist()
    bwy = np.bincount(inverse, weights=w * y).tolist()
    members = [[g] for g in range(len(distinct))]
    changed = True
    while changed:
        changed = False
        for i in range(len(bw) - 1):
            if bwy[i] / bw[i] > bwy[i + 1] / bw[i + 1]:
                bw[i] += bw.pop(i + 1)
                bwy[i] += bwy.pop(i + 1)
                members[i] += members.pop(i + 1)
                changed = True
                break
    group_value = np.empty(len(distinct))
    for total_w, total_wy, groups in zip(bw, bwy, members):
        group_value[groups] = total_wy / total_w
    return group_value[inverse]
