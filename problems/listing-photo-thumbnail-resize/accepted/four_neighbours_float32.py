# The four-neighbour formula written out with 2-D index grids; coordinates in float64, pixel
# arithmetic in float32.
import math

import numpy as np


def _coords(n_in, n_out):
    lo, hi, t = [], [], []
    for d in range(n_out):
        s = min(max((d + 0.5) * n_in / n_out - 0.5, 0.0), n_in - 1)
        k = math.floor(s)
        lo.append(k)
        hi.append(min(k + 1, n_in - 1))
        t.append(s - k)
    return np.array(lo), np.array(hi), np.array(t, dtype=np.float32)


def resize_bilinear(image, out_h, out_w):
    y0, y1, ty = _coords(image.shape[0], out_h)
    x0, x1, tx = _coords(image.shape[1], out_w)
    if image.ndim == 3:
        ty, tx = ty[:, None, None], tx[None, :, None]
    else:
        ty, tx = ty[:, None], tx[None, :]
    Y0, X0 = np.ix_(y0, x0)
    Y1, X1 = np.ix_(y1, x1)
    a, b = image[Y0, X0], image[Y0, X1]
    c, d = image[Y1, X0], image[Y1, X1]
    return (1 - ty) * ((1 - tx) * a + tx * b) + ty * ((1 - tx) * c + tx * d)
