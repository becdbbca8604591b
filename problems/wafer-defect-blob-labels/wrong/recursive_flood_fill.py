# verdict: Runtime Error
# A recursive depth-first flood fill. Correct on small wafers, but a blob of a million pixels
# recurses far past Python's recursion limit (RecursionError).
import numpy as np


def label_blobs(mask, connectivity):
    grid = (np.asarray(mask) != 0).tolist()
    h, w = mask.shape
    labels = [[0] * w for _ in range(h)]
    if connectivity == 4:
        steps = [(-1, 0), (1, 0), (0, -1), (0, 1)]
    else:
        steps = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

    def fill(r, c, k):
        labels[r][c] = k
        for dr, dc in steps:
            y, x = r + dr, c + dc
            if 0 <= y < h and 0 <= x < w and grid[y][x] and not labels[y][x]:
                fill(y, x, k)

    count = 0
    for r in range(h):
        for c in range(w):
            if grid[r][c] and not labels[r][c]:
                count += 1
                fill(r, c, count)
    return np.array(labels, dtype=np.int64).reshape(h, w), count
