# verdict: Wrong Answer
# Shifts by the largest logit of the whole array instead of each row's: a row far below it
# underflows to all zeros and its log-softmax becomes -inf.
import numpy as np


def softmax_cross_entropy(logits, labels):
    n = len(logits)
    s = logits - logits.max()
    log_p = s - np.log(np.exp(s).sum(axis=1, keepdims=True))
    rows = np.arange(n)
    loss = float(-log_p[rows, labels].mean())
    grad = np.exp(log_p)
    grad[rows, labels] -= 1
    return loss, grad / n
