# One Python iteration per output pixel; numpy handles the batch, channels and filter taps.
import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    flat = weight.reshape(c_out, -1).T
    out = np.empty((n, c_out, h_out, w_out), dtype=np.float32)
    for i in range(h_out):
        r = i * stride
        for j in range(w_out):
            c = j * stride
            out[:, :, i, j] = xp[:, :, r:r + kh, c:c + kw].reshape(n, -1) @ flat
    return out + bias[:, None, None]
