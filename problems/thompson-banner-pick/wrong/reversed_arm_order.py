# verdict: Wrong Answer
# Draws the arms from last to first (then puts the draws back in arm order): every draw comes
# from a different point of the generator's stream.
import numpy as np


def thompson_step(successes, failures, seed):
    rng = np.random.default_rng(seed)
    k = len(successes)
    draws = [0.0] * k
    for i in reversed(range(k)):
        draws[i] = float(rng.beta(1 + successes[i], 1 + failures[i]))
    return {"arm": int(np.argmax(draws)), "draws": draws}
