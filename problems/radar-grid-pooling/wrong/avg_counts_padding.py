# verdict: Wrong Answer
# Zero-pads and divides every window sum by kernel², so padded cells are counted in the
# average (the "include padding" convention) although the statement excludes them.
import numpy as np


def pool2d_forward(x, kernel, stride, padding):
    n, c, h, w = x.shape
    h_out = (h + 2 * padding - kernel) // stride + 1
    w_out = (w + 2 * padding - kernel) // stride + 1
    pads = ((0, 0), (0, 0), (padding, padding), (padding, padding))
    lows = np.pad(x, pads, constant_values=-np.inf)
    zeros = np.pad(x, pads)
    best = np.full((n, c, h_out, w_out), -np.inf, dtype=np.float32)
    total = np.zeros((n, c, h_out, w_out), dtype=np.float64)
    for u in range(kernel):
        for v in range(kernel):
            rows = slice(u, u + stride * h_out, stride)
            cols = slice(v, v + stride * w_out, stride)
            best = np.maximum(best, lows[:, :, rows, cols])
            total += zeros[:, :, rows, cols]
    return best, total / (kernel * kernel)
