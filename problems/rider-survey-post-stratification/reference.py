import math

import numpy as np

Z = 1.959963984540054  # NormalDist().inv_cdf(0.975)


def poststratified_mean(cells: list[str], responses: np.ndarray,
                        population: dict[str, float]) -> dict | None:
    position = {name: k for k, name in enumerate(population)}
    # responses from cells outside the population are ignored
    keep = [i for i, cell in enumerate(cells) if cell in position]
    code = np.array([position[cells[i]] for i in keep], dtype=np.int64)
    y = responses[keep]
    n = np.bincount(code, minlength=len(position))
    if n.min() == 0:
        return None
    share = np.array(list(population.values()))
    share = share / share.sum()
    means = np.bincount(code, weights=y) / n
    variances = np.bincount(code, weights=(y - means[code]) ** 2) / (n - 1)
    mean = float(np.sum(share * means))
    variance = float(np.sum(share**2 * variances / n))
    half = Z * math.sqrt(variance)
    return {"mean": mean, "variance": variance, "lower": mean - half, "upper": mean + half,
            "responses_used": int(len(y))}
