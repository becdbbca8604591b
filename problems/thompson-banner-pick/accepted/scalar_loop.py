import numpy as np


def thompson_step(successes, failures, seed):
    rng = np.random.default_rng(seed)
    draws = []
    for s, f in zip(successes, failures):
        draws.append(float(rng.beta(1 + s, 1 + f)))
    best = 0
    for i, v in enumerate(draws):
        if v > draws[best]:
            best = i
    return {"arm": best, "draws": draws}
