# verdict: Wrong Answer
# When a population cell has no response, drops it and renormalises the shares of the cells
# that answered, instead of returning None.
import math

import numpy as np


def poststratified_mean(cells, responses, population):
    groups = {}
    for cell, value in zip(cells, np.asarray(responses, dtype=float).tolist()):
        if cell in population:
            groups.setdefault(cell, []).append(value)
    if not groups:
        return None
    population = {name: population[name] for name in population if name in groups}
    total = sum(population.values())
    used = sum(len(v) for v in groups.values())
    mean, variance = 0.0, 0.0
    for name in population:
        y = np.array(groups[name])
        p = population[name] / total
        mean += p * y.mean()
        variance += p**2 * y.var(ddof=1) / len(y)
    half = 1.959963984540054 * math.sqrt(variance)
    return {"mean": float(mean), "variance": float(variance), "lower": mean - half,
            "upper": mean + half, "responses_used": used}
