# verdict: Runtime Error
# Clamps nothing: at the bottom/right border of an enlarged (or same-size) image the upper
# neighbour lo + 1 is n_in, one past the end: IndexError.
import numpy as np


def _axis(n_in, n_out):
    src = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
    lo = np.floor(src).astype(np.int64)
    return lo, lo + 1, src - lo


def resize_bilinear(image, out_h, out_w):
    img = image.astype(np.float64)
    extra = (1,) * (img.ndim - 2)
    y0, y1, wy = _axis(img.shape[0], out_h)
    x0, x1, wx = _axis(img.shape[1], out_w)
    wy = wy.reshape(-1, 1, *extra)
    wx = wx.reshape(1, -1, *extra)
    rows = img[y0] * (1 - wy) + img[y1] * wy
    return rows[:, x0] * (1 - wx) + rows[:, x1] * wx
