# verdict: Wrong Answer
# Computes each path entry from the prior and that batch alone, not from all batches so
# far (the final mean and sd are right).
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
        alone = 1.0 / tau0**2 + n / sigma**2
        path.append([(mu0 / tau0**2 + sum(batch) / sigma**2) / alone, 1.0 / math.sqrt(alone)])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd, "prob_above": prob_above, "path": path}
