import math


def posterior_offset(mu0: float, tau0: float, sigma: float, batches: list[list[float]],
                     threshold: float) -> dict:
    noise = 1.0 / sigma**2  # the precision of one reading
    mean, precision = mu0, 1.0 / tau0**2
    path = []
    for batch in batches:
        updated = precision + len(batch) * noise
        mean = (mean * precision + math.fsum(batch) * noise) / updated
        precision = updated
        path.append([mean, 1.0 / math.sqrt(precision)])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd, "prob_above": prob_above, "path": path}
