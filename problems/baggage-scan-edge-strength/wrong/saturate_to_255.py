# verdict: Wrong Answer
# Saturates the result to the 8-bit range, as an image-library "convert to uint8 for display"
# step would: magnitudes above 255 are cut.
import numpy as np


def _magnitude(p, h, w):
    def s(di, dj):
        return p[1 + di:1 + di + h, 1 + dj:1 + dj + w]

    gx = s(-1, 1) + 2 * s(0, 1) + s(1, 1) - s(-1, -1) - 2 * s(0, -1) - s(1, -1)
    gy = s(1, -1) + 2 * s(1, 0) + s(1, 1) - s(-1, -1) - 2 * s(-1, 0) - s(-1, 1)
    return np.sqrt(gx * gx + gy * gy)


def sobel_magnitude(image):
    img = image.astype(float)
    return np.clip(_magnitude(np.pad(img, 1, mode="edge"), *img.shape), 0, 255)
