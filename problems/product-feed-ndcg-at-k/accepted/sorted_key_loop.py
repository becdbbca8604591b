# One query at a time with Python's sort on (-score, index).
import math

import numpy as np


def ndcg_at_k(scores, relevance, k):
    out = []
    for row_scores, row_grades in zip(scores.tolist(), relevance.tolist()):
        n = len(row_scores)
        kk = min(k, n)
        order = sorted(range(n), key=lambda j: (-row_scores[j], j))[:kk]
        dcg = sum((2.0 ** row_grades[j] - 1) / math.log2(r + 2) for r, j in enumerate(order))
        ideal = sorted(row_grades, reverse=True)[:kk]
        idcg = sum((2.0 ** g - 1) / math.log2(r + 2) for r, g in enumerate(ideal))
        out.append(dcg / idcg if idcg > 0 else 0.0)
    return np.array(out, dtype=np.float64)
