# verdict: Wrong Answer
# Uses the resize factor n_out / n_in (how much the image grows) where the mapping back to
# the input needs n_in / n_out.
import numpy as np


def _axis(n_in, n_out):
    scale = n_out / n_in
    src = np.clip((np.arange(n_out) + 0.5) * scale - 0.5, 0, n_in - 1)
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
