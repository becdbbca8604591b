# verdict: Wrong Answer
# Builds each model from the distinct drawn rows only: a row drawn three times counts once
# in its class centroid, though a bootstrap sample weights it three times.
import numpy as np


def bagged_centroid_votes(X_train: np.ndarray, y_train: np.ndarray, boot: np.ndarray,
                          X_test: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    n = len(X_train)
    classes = 10
    test_votes = np.zeros((len(X_test), classes), dtype=np.int64)
    oob_votes = np.zeros((n, classes), dtype=np.int64)
    for idx in boot:
        idx = np.unique(idx)
        drawn = y_train[idx]
        counts = np.bincount(drawn, minlength=classes)
        rows = X_train[idx]
        sums = np.array([rows[drawn == c].sum(axis=0) for c in range(classes)])
        present = np.flatnonzero(counts)  # only classes that were drawn get a centroid
        centroids = sums[present] / counts[present][:, None]

        def predict(Z):
            dist = ((Z[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
            return present[np.argmin(dist, axis=1)]

        test_votes[np.arange(len(X_test)), predict(X_test)] += 1
        missed = np.ones(n, dtype=bool)
        missed[idx] = False
        out = np.flatnonzero(missed)
        oob_votes[out, predict(X_train[out])] += 1
    test_pred = np.argmax(test_votes, axis=1)  # the first maximum: the smallest label
    oob_pred = np.where(oob_votes.sum(axis=1) > 0, np.argmax(oob_votes, axis=1), -1)
    return test_pred, oob_pred
