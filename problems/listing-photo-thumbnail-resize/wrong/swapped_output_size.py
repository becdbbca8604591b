# verdict: Wrong Answer
# Reads the target size as (width, height), as image libraries such as PIL and OpenCV take it:
# the result has shape (out_w, out_h).
import numpy as np


def _axis(n_in, n_out):
    src = np.clip((np.arange(n_out) + 0.5) * (n_in / n_out) - 0.5, 0, n_in - 1)
    lo = np.floor(src).astype(np.int64)
    return lo, np.minimum(lo + 1, n_in - 1), src - lo


def resize_bilinear(image, out_h, out_w):
    out_h, out_w = out_w, out_h
    img = image.astype(np.float64)
    extra = (1,) * (img.ndim - 2)
    y0, y1, wy = _axis(img.shape[0], out_h)
    x0, x1, wx = _axis(img.shape[1], out_w)
    rows = img[y0] * (1 - wy.reshape(-1, 1, *extra)) + img[y1] * wy.reshape(-1, 1, *extra)
    wx = wx.reshape(1, -1, *extra)
    return rows[:, x0] * (1 - wx) + rows[:, x1] * wx
