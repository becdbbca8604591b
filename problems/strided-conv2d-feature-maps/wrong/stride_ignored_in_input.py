# verdict: Wrong Answer
# Gets the output size right but slides the window one pixel at a time (i, not i·stride).
import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, c_out, h_out, w_out), dtype=np.float32)
    flat = weight.reshape(c_out, -1)
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i:i + kh, j:j + kw].reshape(n, -1)
            out[:, :, i, j] = window @ flat.T
    return out + bias[:, None, None]
