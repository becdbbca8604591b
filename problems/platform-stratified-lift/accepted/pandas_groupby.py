# Another correct style: a pandas groupby on (stratum, arm), unstacked to one row per stratum.
from statistics import NormalDist

import numpy as np
import pandas as pd


def stratified_lift(strata, arm, outcome):
    df = pd.DataFrame({"s": list(strata), "a": np.asarray(arm, dtype=int),
                       "y": np.asarray(outcome, dtype=float)})
    if df.empty:
        return None
    g = df.groupby(["s", "a"])["y"].agg(["count", "mean", "var"]).unstack("a")
    g = g.reindex(columns=pd.MultiIndex.from_product([["count", "mean", "var"], [0, 1]]))
    n_c = g[("count", 0)].fillna(0)
    n_t = g[("count", 1)].fillna(0)
    g = g[(n_c >= 2) & (n_t >= 2)]
    if g.empty:
        return None
    n_c, n_t = g[("count", 0)], g[("count", 1)]
    w = (n_c + n_t) / (n_c + n_t).sum()
    effect = float((w * (g[("mean", 1)] - g[("mean", 0)])).sum())
    se = float(np.sqrt((w**2 * (g[("var", 1)] / n_t + g[("var", 0)] / n_c)).sum()))
    z = NormalDist().inv_cdf(0.975)
    return {"effect": effect, "se": se, "lower": effect - z * se, "upper": effect + z * se,
            "strata_used": len(g)}
