# Hits with numpy: unique ids of the top k, tested against the relevant ids.
import numpy as np


def precision_recall_at_k(ranked, relevant, k):
    hits = np.array([np.isin(np.unique(np.array(a[:k], dtype=np.int64)),
                             np.array(r, dtype=np.int64)).sum() for a, r in zip(ranked, relevant)],
                    dtype=float)
    sizes = np.array([len(r) for r in relevant], dtype=float)
    precision = float(np.mean(hits / k))
    judged = sizes > 0
    recall = float(np.mean(hits[judged] / sizes[judged])) if judged.any() else float("nan")
    return precision, recall
