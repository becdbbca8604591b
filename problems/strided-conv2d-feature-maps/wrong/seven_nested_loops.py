# verdict: Time Limit Exceeded
# The definition as seven nested Python loops: right, but 3.4e8 to 4.6e8 scalar steps on the
# largest tests.
import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, c_in, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    out = np.zeros((n, c_out, h_out, w_out))
    for b in range(n):
        for o in range(c_out):
            for i in range(h_out):
                for j in range(w_out):
                    total = float(bias[o])
                    for c in range(c_in):
                        for u in range(kh):
                            for v in range(kw):
                                total += weight[o, c, u, v] * xp[b, c, i * stride + u,
                                                                 j * stride + v]
                    out[b, o, i, j] = total
    return out
