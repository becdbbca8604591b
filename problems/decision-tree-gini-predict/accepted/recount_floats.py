# Recounts both children for every candidate at every node (what the statement says is fast
# enough), floats with the stated 1e-9 tolerances.
from collections import Counter

import numpy as np


def _gini(labels):
    n = len(labels)
    return 1 - sum((c / n) ** 2 for c in Counter(labels).values())


def _leaf(labels):
    counts = Counter(labels)
    top = max(counts.values())
    return ("leaf", min(c for c, v in counts.items() if v == top))


def _grow(rows, ys, depth, max_depth, min_split):
    if depth == max_depth or len(ys) < min_split or len(set(ys)) == 1:
        return _leaf(ys)
    n, d = len(ys), len(rows[0])
    best = None
    for f in range(d):
        values = sorted({r[f] for r in rows})
        for a, b in zip(values, values[1:], strict=False):
            t = (a + b) / 2
            left = [y for r, y in zip(rows, ys, strict=True) if r[f] <= t]
            right = [y for r, y in zip(rows, ys, strict=True) if r[f] > t]
            imp = len(left) / n * _gini(left) + len(right) / n * _gini(right)
            if best is None or imp < best[0] - 1e-9:
                best = (imp, f, t)
    if best is None or _gini(ys) - best[0] <= 1e-9:
        return _leaf(ys)
    _, f, t = best
    li = [i for i in range(n) if rows[i][f] <= t]
    ri = [i for i in range(n) if rows[i][f] > t]
    return ("split", f, t,
            _grow([rows[i] for i in li], [ys[i] for i in li], depth + 1, max_depth, min_split),
            _grow([rows[i] for i in ri], [ys[i] for i in ri], depth + 1, max_depth, min_split))


def fit_predict_tree(X_train, y_train, X_test, max_depth, min_samples_split):
    tree = _grow(X_train.tolist(), y_train.tolist(), 0, max_depth, min_samples_split)
    out = []
    for x in X_test.tolist():
        node = tree
        while node[0] == "split":
            node = node[3] if x[node[1]] <= node[2] else node[4]
        out.append(node[1])
    return np.array(out, dtype=np.int64)
