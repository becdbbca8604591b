import numpy as np


def kmeans(X: np.ndarray, init_centroids: np.ndarray,
           max_iters: int) -> tuple[np.ndarray, np.ndarray]:
    # Run max_iters rounds of assign (nearest centroid, lowest index on ties) and update
    # (mean of the assigned points; an empty cluster keeps its centroid), then assign once
    # more. Return (centroids, labels).
    raise NotImplementedError
