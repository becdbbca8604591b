# Another correct style: one-shot updates on running totals (n, sum) instead of chaining.
import math
from statistics import NormalDist


def posterior_offset(mu0, tau0, sigma, batches, threshold):
    def posterior(n, total):
        precision = 1 / tau0**2 + n / sigma**2
        return (mu0 / tau0**2 + total / sigma**2) / precision, precision ** -0.5

    n, total, path = 0, 0.0, []
    for batch in batches:
        n += len(batch)
        total += sum(batch)
        path.append(list(posterior(n, total)))
    mean, sd = posterior(n, total)
    prob = 1 - NormalDist(mean, sd).cdf(threshold)
    return {"mean": mean, "sd": sd, "prob_above": prob, "path": path}
