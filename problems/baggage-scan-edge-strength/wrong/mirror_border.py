# verdict: Wrong Answer
# Uses the mirror border x[1], x[0], x[1] (np.pad mode "reflect", OpenCV's default
# BORDER_REFLECT_101) instead of edge replication.
import numpy as np


def _magnitude(p, h, w):
    def s(di, dj):
        return p[1 + di:1 + di + h, 1 + dj:1 + dj + w]

    gx = s(-1, 1) + 2 * s(0, 1) + s(1, 1) - s(-1, -1) - 2 * s(0, -1) - s(1, -1)
    gy = s(1, -1) + 2 * s(1, 0) + s(1, 1) - s(-1, -1) - 2 * s(-1, 0) - s(-1, 1)
    return np.sqrt(gx * gx + gy * gy)


def sobel_magnitude(image):
    img = image.astype(float)
    return _magnitude(np.pad(img, 1, mode="reflect"), *img.shape)
