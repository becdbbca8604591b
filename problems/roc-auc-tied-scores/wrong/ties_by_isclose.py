# verdict: Wrong Answer
# Groups tied scores with np.isclose instead of equality, so 1e-10 and 2e-10 (and any scores
# within 1e-5 relative) count as ties.
import numpy as np


def roc_auc(labels, scores):
    pos = labels == 1
    P, N = int(pos.sum()), int((~pos).sum())
    if P == 0 or N == 0:
        return float("nan")
    order = np.argsort(scores, kind="stable")
    s = scores[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and np.isclose(s[j + 1], s[i]):
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[pos].sum() - P * (P + 1) / 2) / (P * N))
