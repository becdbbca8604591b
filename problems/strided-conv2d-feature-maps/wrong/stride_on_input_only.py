# verdict: Wrong Answer
# Steps the window through the input by `stride` but writes each result at the input
# position instead of the output index: the output keeps the stride-1 size, with the
# computed values spread out and zeros (plus bias) between them.
import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    hp, wp = xp.shape[2], xp.shape[3]
    out = np.zeros((n, c_out, hp - kh + 1, wp - kw + 1), dtype=np.float32)
    flat = weight.reshape(c_out, -1)
    for i in range(0, hp - kh + 1, stride):
        for j in range(0, wp - kw + 1, stride):
            window = xp[:, :, i:i + kh, j:j + kw].reshape(n, -1)
            out[:, :, i, j] = window @ flat.T
    return out + bias[:, None, None]
