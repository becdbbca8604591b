# verdict: Wrong Answer
# Seeds the legacy global generator (np.random.seed + np.random.beta, Mersenne Twister), not
# np.random.default_rng(seed) (PCG64): the draws differ.
import numpy as np


def thompson_step(successes, failures, seed):
    np.random.seed(seed)
    draws = [float(np.random.beta(1 + s, 1 + f)) for s, f in zip(successes, failures)]
    return {"arm": int(np.argmax(draws)), "draws": draws}
