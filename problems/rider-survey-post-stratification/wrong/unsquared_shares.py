# verdict: Wrong Answer
# Forgets to square the shares in the variance: sum P_c * s_c**2 / n_c.
import math

import numpy as np


def poststratified_mean(cells, responses, population):
    groups = {}
    for cell, value in zip(cells, np.asarray(responses, dtype=float).tolist()):
        if cell in population:
            groups.setdefault(cell, []).append(value)
    if any(name not in groups for name in population):
        return None
    total = sum(population.values())
    used = sum(len(v) for v in groups.values())
    mean, variance = 0.0, 0.0
    for name in population:
        y = np.array(groups[name])
        p = population[name] / total
        mean += p * y.mean()
        variance += p * y.var(ddof=1) / len(y)
    half = 1.959963984540054 * math.sqrt(variance)
    return {"mean": float(mean), "variance": float(variance), "lower": mean - half,
            "upper": mean + half, "responses_used": used}
