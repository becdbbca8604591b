# verdict: Wrong Answer
# Pads with zeros for the max as well: a border window over negative values returns 0
# instead of its largest real value.
import numpy as np


def pool2d_forward(x, kernel, stride, padding):
    n, c, h, w = x.shape
    h_out = (h + 2 * padding - kernel) // stride + 1
    w_out = (w + 2 * padding - kernel) // stride + 1
    pads = ((0, 0), (0, 0), (padding, padding), (padding, padding))
    xp = np.pad(x.astype(np.float64), pads)
    real = np.pad(np.ones((h, w)), pads[2:])
    best = np.full((n, c, h_out, w_out), -np.inf)
    total = np.zeros((n, c, h_out, w_out))
    count = np.zeros((h_out, w_out))
    for u in range(kernel):
        for v in range(kernel):
            rows = slice(u, u + stride * h_out, stride)
            cols = slice(v, v + stride * w_out, stride)
            best = np.maximum(best, xp[:, :, rows, cols])
            total += xp[:, :, rows, cols]
            count += real[rows, cols]
    return best, total / count
