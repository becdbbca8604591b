import numpy as np


def commit_distances(parent: list[int], queries: list[list[int]]) -> list[int]:
    n = len(parent)
    links = np.array(parent, dtype=np.int64)
    root = links < 0
    # up[k][c]: the ancestor 2**k links above c, or the root when c is nearer the root
    above = np.where(root, np.arange(n), links)
    # steps[c]: the number of links from c to above[c]; once above[c] is the root, its depth
    steps = (~root).astype(np.int64)
    up = [above]
    for _ in range((n - 1).bit_length()):  # 2**levels > n - 1 >= every depth
        steps = steps + steps[above]
        above = above[above]
        up.append(above)
    depth = steps
    pairs = np.array(queries, dtype=np.int64).reshape(len(queries), 2)
    a, b = pairs[:, 0], pairs[:, 1]
    deeper = np.where(depth[a] >= depth[b], a, b)
    other = np.where(depth[a] >= depth[b], b, a)
    rise = depth[deeper] - depth[other]
    for k, table in enumerate(up):  # lift the deeper commit to the other one's depth
        deeper = np.where((rise >> k) & 1 == 1, table[deeper], deeper)
    for table in reversed(up):  # climb together while the ancestors still differ
        x, y = table[deeper], table[other]
        differ = x != y
        deeper = np.where(differ, x, deeper)
        other = np.where(differ, y, other)
    meet = np.where(deeper == other, deeper, up[0][deeper])
    return (depth[a] + depth[b] - 2 * depth[meet]).tolist()
