import numpy as np


def _axis(n_in: int, n_out: int):
    """Source neighbours and weights along one axis, half-pixel centres, clamped."""
    scale = n_in / n_out
    src = (np.arange(n_out) + 0.5) * scale - 0.5
    src = np.clip(src, 0.0, n_in - 1)
    lo = np.floor(src).astype(np.int64)
    hi = np.minimum(lo + 1, n_in - 1)
    return lo, hi, src - lo


def resize_bilinear(image: np.ndarray, out_h: int, out_w: int) -> np.ndarray:
    img = np.asarray(image, dtype=np.float64)
    extra = (1,) * (img.ndim - 2)  # a channel axis, if any, is not interpolated
    y0, y1, wy = _axis(img.shape[0], out_h)
    x0, x1, wx = _axis(img.shape[1], out_w)
    wy = wy.reshape(-1, 1, *extra)
    wx = wx.reshape(1, -1, *extra)
    rows = img[y0] * (1 - wy) + img[y1] * wy  # (out_h, W, ...)
    return rows[:, x0] * (1 - wx) + rows[:, x1] * wx
