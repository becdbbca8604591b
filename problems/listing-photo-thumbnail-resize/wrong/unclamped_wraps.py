# verdict: Wrong Answer
# Does not clamp src: near the top/left border of an enlarged image src is negative, floor
# gives -1, and numpy's index -1 silently reads the LAST row/column.
import numpy as np


def _axis(n_in, n_out):
    src = (np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5
    lo = np.floor(src).astype(np.int64)
    hi = np.minimum(lo + 1, n_in - 1)
    return lo, hi, src - lo


def resize_bilinear(image, out_h, out_w):
    img = image.astype(np.float64)
    extra = (1,) * (img.ndim - 2)
    y0, y1, wy = _axis(img.shape[0], out_h)
    x0, x1, wx = _axis(img.shape[1], out_w)
    wy = wy.reshape(-1, 1, *extra)
    wx = wx.reshape(1, -1, *extra)
    rows = img[y0] * (1 - wy) + img[y1] * wy
    return rows[:, x0] * (1 - wx) + rows[:, x1] * wx
