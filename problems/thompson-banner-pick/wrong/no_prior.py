# verdict: Runtime Error
# Draws from Beta(successes, failures) without the uniform prior: an arm with no clicks (or no
# misses) has a parameter of 0 and numpy raises ValueError.
import numpy as np


def thompson_step(successes, failures, seed):
    rng = np.random.default_rng(seed)
    draws = [float(rng.beta(s, f)) for s, f in zip(successes, failures)]
    return {"arm": int(np.argmax(draws)), "draws": draws}
