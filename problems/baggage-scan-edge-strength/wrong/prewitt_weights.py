# verdict: Wrong Answer
# Weights the three rows/columns 1, 1, 1 (the Prewitt operator) instead of Sobel's 1, 2, 1.
import numpy as np


def sobel_magnitude(image):
    img = image.astype(float)
    h, w = img.shape
    p = np.pad(img, 1, mode="edge")

    def s(di, dj):
        return p[1 + di:1 + di + h, 1 + dj:1 + dj + w]

    gx = s(-1, 1) + s(0, 1) + s(1, 1) - s(-1, -1) - s(0, -1) - s(1, -1)
    gy = s(1, -1) + s(1, 0) + s(1, 1) - s(-1, -1) - s(-1, 0) - s(-1, 1)
    return np.sqrt(gx * gx + gy * gy)
