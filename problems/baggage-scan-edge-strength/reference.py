import numpy as np


def sobel_magnitude(image: np.ndarray) -> np.ndarray:
    img = np.asarray(image, dtype=np.float64)  # uint8 arithmetic would wrap around
    h, w = img.shape
    p = np.pad(img, 1, mode="edge")  # replicate the border pixels one step outwards

    def shifted(di: int, dj: int) -> np.ndarray:
        """shifted(di, dj)[i, j] is the (padded) pixel at (i + di, j + dj)."""
        return p[1 + di:1 + di + h, 1 + dj:1 + dj + w]

    gx = (shifted(-1, 1) + 2 * shifted(0, 1) + shifted(1, 1)
          - shifted(-1, -1) - 2 * shifted(0, -1) - shifted(1, -1))
    gy = (shifted(1, -1) + 2 * shifted(1, 0) + shifted(1, 1)
          - shifted(-1, -1) - 2 * shifted(-1, 0) - shifted(-1, 1))
    return np.sqrt(gx * gx + gy * gy)
