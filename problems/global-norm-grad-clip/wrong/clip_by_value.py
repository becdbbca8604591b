# verdict: Wrong Answer
# Clips every value to [-max_norm, max_norm] (clipping by value) instead of rescaling by the
# global norm.
import numpy as np


def clip_by_global_norm(grads, max_norm):
    total = float(np.sqrt(sum(np.sum(g.astype(np.float64) ** 2) for g in grads)))
    return [np.clip(g.astype(np.float64), -max_norm, max_norm) for g in grads], total
