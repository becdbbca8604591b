import numpy as np


def label_blobs(mask, connectivity):
    grid = (np.asarray(mask) != 0).tolist()
    h = len(grid)
    w = mask.shape[1]
    parent = [0]

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if connectivity == 4:
        back = [(-1, 0), (0, -1)]
    else:
        back = [(-1, -1), (-1, 0), (-1, 1), (0, -1)]
    prov = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            if not grid[r][c]:
                continue
            seen = []
            for dr, dc in back:
                y, x = r + dr, c + dc
                if 0 <= y and 0 <= x < w and prov[y][x]:
                    seen.append(find(prov[y][x]))
            if not seen:
                parent.append(len(parent))
                prov[r][c] = len(parent) - 1
            else:
                root = min(seen)
                for s in seen:
                    parent[s] = root
                prov[r][c] = root
    final = {}
    out = np.zeros((h, w), dtype=np.int64)
    for r in range(h):
        for c in range(w):
            if prov[r][c]:
                root = find(prov[r][c])
                if root not in final:
                    final[root] = len(final) + 1
                out[r, c] = final[root]
    return out, len(final)
