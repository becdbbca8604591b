# verdict: Wrong Answer
# Reports the posterior variance 1 / precision as sd (and in path).
import math


def posterior_offset(mu0, tau0, sigma, batches, threshold):
    mean, precision = mu0, 1.0 / tau0**2
    path = []
    for batch in batches:
        n = len(batch)
        data = n / sigma**2
        updated = precision + data
        mean = (mean * precision + sum(batch) / sigma**2) / updated
        precision = updated
        path.append([mean, 1.0 / precision])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd * sd, "prob_above": prob_above, "path": path}
