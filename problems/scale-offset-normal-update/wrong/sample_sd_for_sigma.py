# verdict: Wrong Answer
# Estimates the noise from the readings (sample sd, ddof=1) instead of using the known
# sigma; falls back to sigma only for a batch of fewer than two readings.
import math


def posterior_offset(mu0, tau0, sigma, batches, threshold):
    mean, precision = mu0, 1.0 / tau0**2
    path = []
    for batch in batches:
        n = len(batch)
        s = sigma if n < 2 else math.sqrt(sum((x - sum(batch) / n) ** 2 for x in batch) / (n - 1))
        data = n / s**2
        updated = precision + data
        mean = (mean * precision + sum(batch) / s**2) / updated
        precision = updated
        path.append([mean, 1.0 / math.sqrt(precision)])
    sd = 1.0 / math.sqrt(precision)
    prob_above = 0.5 * math.erfc((threshold - mean) / (sd * math.sqrt(2.0)))
    return {"mean": mean, "sd": sd, "prob_above": prob_above, "path": path}
