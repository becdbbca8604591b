# verdict: Wrong Answer
# Returns P(mu < threshold) instead of P(mu > threshold).
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
        path.append([mean, 1.0 / math.sqrt(precision)])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((mean - threshold) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd, "prob_above": prob_above, "path": path}
