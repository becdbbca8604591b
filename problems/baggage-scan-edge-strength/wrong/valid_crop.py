# verdict: Wrong Answer
# Only computes pixels whose whole 3 x 3 neighbourhood lies inside the image ("valid"
# correlation): the result has shape (H - 2, W - 2).
import numpy as np


def _magnitude(p, h, w):
    def s(di, dj):
        return p[1 + di:1 + di + h, 1 + dj:1 + dj + w]

    gx = s(-1, 1) + 2 * s(0, 1) + s(1, 1) - s(-1, -1) - 2 * s(0, -1) - s(1, -1)
    gy = s(1, -1) + 2 * s(1, 0) + s(1, 1) - s(-1, -1) - 2 * s(-1, 0) - s(-1, 1)
    return np.sqrt(gx * gx + gy * gy)


def sobel_magnitude(image):
    img = image.astype(float)
    h, w = img.shape
    return _magnitude(img, max(h - 2, 0), max(w - 2, 0))
