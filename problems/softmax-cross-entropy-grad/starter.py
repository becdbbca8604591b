import numpy as np


def softmax_cross_entropy(logits: np.ndarray, labels: np.ndarray):
    # Return (mean cross-entropy loss, gradient of that loss w.r.t. logits).
    raise NotImplementedError
