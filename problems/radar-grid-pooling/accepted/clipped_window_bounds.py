# No padding at all: each output position clips its window to the grid and reduces the
# real cells directly (float32 in, float32 out).
import numpy as np


def pool2d_forward(x, kernel, stride, padding):
    n, c, h, w = x.shape
    h_out = (h + 2 * padding - kernel) // stride + 1
    w_out = (w + 2 * padding - kernel) // stride + 1
    max_out = np.empty((n, c, h_out, w_out), dtype=np.float32)
    avg_out = np.empty((n, c, h_out, w_out), dtype=np.float32)
    for i in range(h_out):
        top = i * stride - padding
        r0, r1 = max(top, 0), min(top + kernel, h)
        for j in range(w_out):
            left = j * stride - padding
            c0, c1 = max(left, 0), min(left + kernel, w)
            window = x[:, :, r0:r1, c0:c1]
            max_out[:, :, i, j] = window.max(axis=(2, 3))
            avg_out[:, :, i, j] = window.mean(axis=(2, 3), dtype=np.float64)
    return max_out, avg_out
