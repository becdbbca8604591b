# verdict: Wrong Answer
# Computes in the input's dtype: right for float32, but uint8 sums wrap around modulo 256.
import numpy as np


def _magnitude(p, h, w):
    def s(di, dj):
        return p[1 + di:1 + di + h, 1 + dj:1 + dj + w]

    gx = s(-1, 1) + 2 * s(0, 1) + s(1, 1) - s(-1, -1) - 2 * s(0, -1) - s(1, -1)
    gy = s(1, -1) + 2 * s(1, 0) + s(1, 1) - s(-1, -1) - 2 * s(-1, 0) - s(-1, 1)
    return np.sqrt(gx * gx + gy * gy)


def sobel_magnitude(image):
    with np.errstate(over="ignore"):
        out = _magnitude(np.pad(image, 1, mode="edge"), *image.shape)
    return out.astype(np.float64)
