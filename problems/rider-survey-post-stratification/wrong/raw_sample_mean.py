# verdict: Wrong Answer
# Reports the plain mean of every response and s**2 / n, ignoring the population shares
# (None only when there is no response at all).
import math

import numpy as np


def poststratified_mean(cells, responses, population):
    y = np.asarray(responses, dtype=float)
    if len(y) < 2:
        return None
    mean = float(y.mean())
    variance = float(y.var(ddof=1) / len(y))
    half = 1.959963984540054 * math.sqrt(variance)
    return {"mean": mean, "variance": variance, "lower": mean - half, "upper": mean + half,
            "responses_used": len(y)}
