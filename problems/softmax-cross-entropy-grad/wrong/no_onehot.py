# verdict: Wrong Answer
# Returns the softmax (divided by n) as the gradient, forgetting to subtract the one-hot
# target.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(labels)
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(n), labels].mean()), np.exp(log_p) / n
