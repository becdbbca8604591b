# verdict: Wrong Answer
# A two-pass union-find that returns each pixel's root provisional label without renumbering:
# the count is right but merged blobs leave gaps in the numbering (1, 2, 4, ...).
import numpy as np


def label_blobs(mask, connectivity):
    grid = (np.asarray(mask) != 0).tolist()
    h, w = mask.shape
    parent = [0]

    def find(x):
        while parent[x] != x:
            x = parent[x]
        return x

    back = [(-1, 0), (0, -1)] if connectivity == 4 else [(-1, -1), (-1, 0), (-1, 1), (0, -1)]
    prov = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            if not grid[r][c]:
                continue
            seen = [find(prov[r + dr][c + dc]) for dr, dc in back
                    if 0 <= r + dr and 0 <= c + dc < w and prov[r + dr][c + dc]]
            if not seen:
                parent.append(len(parent))
                prov[r][c] = len(parent) - 1
            else:
                root = min(seen)
                for s in seen:
                    parent[s] = root
                prov[r][c] = root
    out = np.array([[find(v) if v else 0 for v in row] for row in prov], dtype=np.int64)
    roots = {find(v) for v in range(1, len(parent))}
    return out.reshape(h, w), len(roots)
