# Another correct style, allowed by the statement: a pure-Python loop over every simulation and
# look with running sums (about four times the reference's time at the largest size).
from statistics import NormalDist
import math
import numpy as np
def peeking_simulation(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    N = n_looks * n_per_look
    data = rng.standard_normal(size=(n_sims, 2, N)).tolist()
    zc = NormalDist().inv_cdf(1 - alpha / 2)
    cum = [0] * n_looks; per = [0] * n_looks
    for s in range(n_sims):
        c, t = data[s][0], data[s][1]
        sc = st = 0.0; ever = False; i = 0
        for k in range(n_looks):
            for _ in range(n_per_look):
                sc += c[i]; st += t[i]; i += 1
            m = (k + 1) * n_per_look
            z = (st / m - sc / m) / math.sqrt(2 / m)
            r = abs(z) > zc
            per[k] += r
            ever = ever or r
            cum[k] += ever
    return {"cumulative_fpr": np.array(cum) / n_sims, "per_look_fpr": np.array(per) / n_sims}
