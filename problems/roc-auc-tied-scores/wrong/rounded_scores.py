# verdict: Wrong Answer
# Rounds the scores to 9 decimals before ranking, to merge float noise: 0.1 + 0.2 and 0.3 (or 1
# and 1 + 2**-52) are distinct scores, not a tie.
import numpy as np


def roc_auc(labels, scores):
    pos = labels == 1
    P, N = int(pos.sum()), int((~pos).sum())
    if P == 0 or N == 0:
        return float("nan")
    s = np.round(scores, 9)
    order = np.argsort(s, kind="stable")
    s = s[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    return float((ranks[pos].sum() - P * (P + 1) / 2) / (P * N))
