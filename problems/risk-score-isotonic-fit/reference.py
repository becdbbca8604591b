import numpy as np


def isotonic_fit(x: np.ndarray, y: np.ndarray, weights: np.ndarray | None) -> np.ndarray:
    w = np.ones(len(x)) if weights is None else weights
    # Points with equal x become one group: total weight and weighted sum of y.
    distinct, inverse = np.unique(x, return_inverse=True)
    group_w = np.bincount(inverse, weights=w, minlength=len(distinct))
    group_wy = np.bincount(inverse, weights=w * y, minlength=len(distinct))
    # Pool adjacent violators with a stack of blocks (weight, weighted sum, number of groups).
    block_w, block_wy, block_len = [], [], []
    for gw, gwy in zip(group_w.tolist(), group_wy.tolist()):
        size = 1
        while block_w and block_wy[-1] / block_w[-1] > gwy / gw:
            gw += block_w.pop()
            gwy += block_wy.pop()
            size += block_len.pop()
        block_w.append(gw)
        block_wy.append(gwy)
        block_len.append(size)
    level = np.array(block_wy) / np.array(block_w)
    return np.repeat(level, block_len)[inverse]
