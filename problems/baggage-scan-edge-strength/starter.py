import numpy as np


def sobel_magnitude(image: np.ndarray) -> np.ndarray:
    # Pad by replicating the border, cross-correlate with the 3x3 Sobel kernels, and return
    # sqrt(gx**2 + gy**2) with the same shape as the image.
    raise NotImplementedError
