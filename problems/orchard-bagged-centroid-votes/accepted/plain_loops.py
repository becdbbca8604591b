import numpy as np


def bagged_centroid_votes(X_train, y_train, boot, X_test):
    X = np.asarray(X_train, dtype=float).tolist()
    y = [int(v) for v in y_train]
    T = np.asarray(X_test, dtype=float).tolist()
    n = len(y)
    test_votes = [dict() for _ in T]
    oob_votes = [dict() for _ in range(n)]

    def nearest(p, cents):
        best, best_d = None, None
        for label in sorted(cents):
            c = cents[label]
            dd = sum((a - b) ** 2 for a, b in zip(p, c))
            if best_d is None or dd < best_d:
                best, best_d = label, dd
        return best

    for row in boot:
        row = [int(i) for i in row]
        sums, counts = {}, {}
        for i in row:
            s = sums.setdefault(y[i], [0.0] * len(X[i]))
            for t, v in enumerate(X[i]):
                s[t] += v
            counts[y[i]] = counts.get(y[i], 0) + 1
        cents = {c: [v / counts[c] for v in s] for c, s in sums.items()}
        for j, p in enumerate(T):
            lab = nearest(p, cents)
            test_votes[j][lab] = test_votes[j].get(lab, 0) + 1
        inside = set(row)
        for i in range(n):
            if i not in inside:
                lab = nearest(X[i], cents)
                oob_votes[i][lab] = oob_votes[i].get(lab, 0) + 1

    def winner(votes):
        if not votes:
            return -1
        top = max(votes.values())
        return min(c for c, v in votes.items() if v == top)

    return (np.array([winner(v) for v in test_votes], dtype=np.int64),
            np.array([winner(v) for v in oob_votes], dtype=np.int64))
