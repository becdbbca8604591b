# verdict: Wrong Answer
# Computes the source coordinates in float32 (to match the image dtype): near the end of a
# 2000-pixel axis src is off by about 1e-4, and so are the weights.
import numpy as np


def _axis(n_in, n_out):
    scale = np.float32(n_in) / np.float32(n_out)
    src = (np.arange(n_out, dtype=np.float32) + np.float32(0.5)) * scale - np.float32(0.5)
    src = np.clip(src, np.float32(0), np.float32(n_in - 1))
    lo = np.floor(src).astype(np.int64)
    hi = np.minimum(lo + 1, n_in - 1)
    return lo, hi, (src - lo.astype(np.float32)).astype(np.float32)


def resize_bilinear(image, out_h, out_w):
    img = image.astype(np.float64)
    extra = (1,) * (img.ndim - 2)
    y0, y1, wy = _axis(img.shape[0], out_h)
    x0, x1, wx = _axis(img.shape[1], out_w)
    wy = wy.reshape(-1, 1, *extra)
    wx = wx.reshape(1, -1, *extra)
    rows = img[y0] * (1 - wy) + img[y1] * wy
    return rows[:, x0] * (1 - wx) + rows[:, x1] * wx
