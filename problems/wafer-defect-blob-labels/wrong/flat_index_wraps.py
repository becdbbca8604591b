# verdict: Wrong Answer
# Works on the flattened image with neighbour offsets +-1, +-w and +-w+-1, checking only that
# the flat index stays inside the array: the pixel left of column 0 is the last pixel of the
# row above, so blobs touching opposite edges are joined (diagonals wrap the same way).
from collections import deque

import numpy as np


def label_blobs(mask, connectivity):
    h, w = mask.shape
    flat = (np.asarray(mask) != 0).ravel().tolist()
    n = h * w
    offsets = [-w, -1, 1, w]
    if connectivity == 8:
        offsets += [-w - 1, -w + 1, w - 1, w + 1]
    labels = [0] * n
    count = 0
    for start in range(n):
        if flat[start] and not labels[start]:
            count += 1
            labels[start] = count
            queue = deque([start])
            while queue:
                p = queue.popleft()
                for off in offsets:
                    q = p + off
                    if 0 <= q < n and flat[q] and not labels[q]:
                        labels[q] = count
                        queue.append(q)
    return np.array(labels, dtype=np.int64).reshape(h, w), count
