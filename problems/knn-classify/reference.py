import numpy as np


def knn_predict(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray,
                k: int) -> tuple[np.ndarray, np.ndarray]:
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    classes = np.unique(y_train)  # sorted distinct labels: the columns of proba

    # (m, n) Euclidean distances, one test row at a time to keep memory small.
    distances = np.empty((X_test.shape[0], X_train.shape[0]))
    for i, point in enumerate(X_test):
        distances[i] = np.sqrt(((X_train - point) ** 2).sum(axis=1))

    # A stable sort keeps equidistant training rows in index order.
    nearest = np.argsort(distances, axis=1, kind="stable")[:, :k]
    neighbour_labels = y_train[nearest]                                   # (m, k)
    votes = (neighbour_labels[:, :, None] == classes[None, None, :]).sum(axis=1)
    proba = votes / k
    labels = classes[np.argmax(votes, axis=1)]  # first maximum: the smallest label
    return labels, proba
