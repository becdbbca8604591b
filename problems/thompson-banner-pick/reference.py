import numpy as np


def thompson_step(successes: list[int], failures: list[int], seed: int) -> dict:
    rng = np.random.default_rng(seed)
    a = np.asarray(successes, dtype=float) + 1.0
    b = np.asarray(failures, dtype=float) + 1.0
    draws = rng.beta(a, b)
    return {"arm": int(np.argmax(draws)), "draws": draws.tolist()}
