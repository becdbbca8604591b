# verdict: Wrong Answer
# Forgets n: each morning's mean is treated as a single reading with noise sigma, so the
# data precision is 1 / sigma**2 per batch instead of n / sigma**2.
import math


def posterior_offset(mu0, tau0, sigma, batches, threshold):
    mean, precision = mu0, 1.0 / tau0**2
    path = []
    for batch in batches:
        n = len(batch)
        if n == 0:
            path.append([mean, 1.0 / math.sqrt(precision)])
            continue
        data = 1 / sigma**2
        updated = precision + data
        mean = (mean * precision + sum(batch) / n / sigma**2) / updated
        precision = updated
        path.append([mean, 1.0 / math.sqrt(precision)])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd, "prob_above": prob_above, "path": path}
