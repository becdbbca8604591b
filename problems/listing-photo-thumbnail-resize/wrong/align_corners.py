# verdict: Wrong Answer
# Uses the align-corners mapping src = d * (n_in - 1) / (n_out - 1): the first and last
# pixel centres line up, instead of the half-pixel-centre rule.
import numpy as np


def _axis(n_in, n_out):
    if n_out == 1:
        src = np.zeros(1)
    else:
        src = np.arange(n_out) * (n_in - 1) / (n_out - 1)
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
