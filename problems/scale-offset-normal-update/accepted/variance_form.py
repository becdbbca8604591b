# Another correct style: the update written with variances and a gain,
# m' = m + K (xbar - m), v' = (1 - K) v with K = v / (v + sigma**2 / n).
import math


def posterior_offset(mu0, tau0, sigma, batches, threshold):
    m, v = float(mu0), float(tau0) ** 2
    path = []
    for batch in batches:
        n = len(batch)
        if n:
            noise = sigma**2 / n
            gain = v / (v + noise)
            m = m + gain * (sum(batch) / n - m)
            v = v * noise / (v + noise)
        path.append([m, math.sqrt(v)])
    sd = math.sqrt(v)
    return {"mean": m, "sd": sd, "prob_above": 0.5 * math.erfc((threshold - m) / (sd * math.sqrt(2))),
            "path": path}
