from collections import deque

import numpy as np


def label_blobs(mask: np.ndarray, connectivity: int) -> tuple[np.ndarray, int]:
    h, w = mask.shape
    # A one-pixel border of background makes every neighbour index valid and stops a
    # neighbour from wrapping round to the other side of the image.
    padded = np.zeros((h + 2, w + 2), dtype=bool)
    padded[1:-1, 1:-1] = mask != 0
    stride = w + 2
    offsets = [-stride, -1, 1, stride]
    if connectivity == 8:
        offsets += [-stride - 1, -stride + 1, stride - 1, stride + 1]
    todo = bytearray(padded.ravel().tobytes())  # 1 = foreground not yet labelled
    labels = [0] * len(todo)
    count = 0
    for start in np.flatnonzero(padded.ravel()).tolist():  # raster order
        if not todo[start]:
            continue
        count += 1
        todo[start] = 0
        labels[start] = count
        queue = deque([start])
        while queue:
            p = queue.popleft()
            for off in offsets:
                q = p + off
                if todo[q]:
                    todo[q] = 0
                    labels[q] = count
                    queue.append(q)
    return np.array(labels, dtype=np.int64).reshape(h + 2, w + 2)[1:-1, 1:-1], count
