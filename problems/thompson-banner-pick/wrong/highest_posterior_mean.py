# verdict: Wrong Answer
# Draws correctly but shows the arm with the highest posterior mean (1 + s) / (2 + s + f):
# that is greedy exploitation, not Thompson sampling.
import numpy as np


def thompson_step(successes, failures, seed):
    rng = np.random.default_rng(seed)
    a = np.asarray(successes, dtype=float) + 1.0
    b = np.asarray(failures, dtype=float) + 1.0
    draws = rng.beta(a, b)
    return {"arm": int(np.argmax(a / (a + b))), "draws": draws.tolist()}
