# verdict: Wrong Answer
# Treats tau0 and sigma as variances: precisions 1 / tau0 and n / sigma.
import math


def posterior_offset(mu0, tau0, sigma, batches, threshold):
    mean, precision = mu0, 1.0 / tau0
    path = []
    for batch in batches:
        n = len(batch)
        data = n / sigma
        updated = precision + data
        mean = (mean * precision + sum(batch) / sigma) / updated
        precision = updated
        path.append([mean, 1.0 / math.sqrt(precision)])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd, "prob_above": prob_above, "path": path}
