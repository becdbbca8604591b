# im2col: gather every window into a row of one big matrix, then a single matrix product.
import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, c_in, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    cols = np.empty((n, h_out, w_out, c_in, kh, kw), dtype=x.dtype)
    for u in range(kh):
        for v in range(kw):
            cols[:, :, :, :, u, v] = xp[:, :, u:u + stride * (h_out - 1) + 1:stride,
                                        v:v + stride * (w_out - 1) + 1:stride].transpose(0, 2, 3, 1)
    out = cols.reshape(n * h_out * w_out, -1) @ weight.reshape(c_out, -1).T + bias
    return out.reshape(n, h_out, w_out, c_out).transpose(0, 3, 1, 2)
