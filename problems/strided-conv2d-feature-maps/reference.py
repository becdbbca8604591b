import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, h_out, w_out, c_out), dtype=np.float32)
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + stride * h_out:stride, v:v + stride * w_out:stride]
            out += np.tensordot(patch, weight[:, :, u, v], axes=([1], [1]))
    return out.transpose(0, 3, 1, 2) + bias[:, None, None]
