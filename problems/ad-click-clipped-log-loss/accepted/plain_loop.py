# A plain Python loop with math.log.
import math


def binary_log_loss(labels, probs, weights=None):
    eps = 1e-15
    total = 0.0
    weight_sum = 0.0
    for i, (y, p) in enumerate(zip(labels.tolist(), probs.tolist(), strict=True)):
        q = min(max(p, eps), 1 - eps)
        loss = -math.log(q) if y == 1 else -math.log(1 - q)
        w = 1.0 if weights is None else float(weights[i])
        total += w * loss
        weight_sum += w
    return total / weight_sum
