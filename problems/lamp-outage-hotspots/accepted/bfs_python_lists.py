from collections import deque

import numpy as np


def outage_hotspots(X, eps, min_samples):
    n = len(X)
    gram = X @ X.T
    sq = np.diag(gram)
    squared = sq[:, None] + sq[None, :] - 2 * gram  # exact for whole numbers
    neighbours = [np.flatnonzero(row <= eps ** 2).tolist() for row in squared]
    is_core = [len(nb) >= min_samples for nb in neighbours]
    labels = [None] * n
    next_id = 0
    for start in range(n):
        if not is_core[start] or labels[start] is not None:
            continue
        labels[start] = next_id
        queue = deque([start])
        while queue:
            p = queue.popleft()
            for q in neighbours[p]:
                if labels[q] is None:
                    labels[q] = next_id
                    if is_core[q]:
                        queue.append(q)
        next_id += 1
    return [-1 if v is None else v for v in labels]
