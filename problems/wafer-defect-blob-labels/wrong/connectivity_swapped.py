# verdict: Wrong Answer
# Reads the argument the wrong way round: diagonal neighbours are joined when connectivity
# is 4 and ignored when it is 8.
from collections import deque

import numpy as np


def label_blobs(mask, connectivity):
    grid = (np.asarray(mask) != 0).tolist()
    h, w = mask.shape
    labels = [[0] * w for _ in range(h)]
    if connectivity == 8:
        steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    else:
        steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]
    count = 0
    for r in range(h):
        for c in range(w):
            if grid[r][c] and not labels[r][c]:
                count += 1
                labels[r][c] = count
                queue = deque([(r, c)])
                while queue:
                    y, x = queue.popleft()
                    for dy, dx in steps:
                        ny, nx = y + dy, x + dx
                        if 0 <= ny < h and 0 <= nx < w and grid[ny][nx] and not labels[ny][nx]:
                            labels[ny][nx] = count
                            queue.append((ny, nx))
    return np.array(labels, dtype=np.int64).reshape(h, w), count
