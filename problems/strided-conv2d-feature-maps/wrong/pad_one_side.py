# verdict: Wrong Answer
# Puts all 2·padding zero rows and columns after the image (bottom and right) instead of
# padding on each side: the sizes come out right, the windows are shifted.
import numpy as np


def conv2d_forward(x, weight, bias, stride, padding):
    n, _, h, w = x.shape
    c_out, _, kh, kw = weight.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (w + 2 * padding - kw) // stride + 1
    xp = np.pad(x, ((0, 0), (0, 0), (0, 2 * padding), (0, 2 * padding)))
    out = np.zeros((n, c_out, h_out, w_out), dtype=np.float32)
    for u in range(kh):
        for v in range(kw):
            patch = xp[:, :, u:u + stride * h_out:stride, v:v + stride * w_out:stride]
            out += np.einsum("nchw,oc->nohw", patch, weight[:, :, u, v])
    return out + bias[:, None, None]
