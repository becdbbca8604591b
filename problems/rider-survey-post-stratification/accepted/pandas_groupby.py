# Another correct style: a pandas groupby, reindexed on the population's cells.
from statistics import NormalDist

import numpy as np
import pandas as pd


def poststratified_mean(cells, responses, population):
    shares = pd.Series(population, dtype=float)
    shares = shares / shares.sum()
    df = pd.DataFrame({"cell": pd.Series(list(cells), dtype=object),
                       "y": np.asarray(responses, dtype=float)})
    df = df[df["cell"].isin(shares.index)]
    g = df.groupby("cell")["y"].agg(["count", "mean", "var"]).reindex(shares.index)
    if g["count"].isna().any():
        return None
    mean = float((shares * g["mean"]).sum())
    variance = float((shares**2 * g["var"] / g["count"]).sum())
    half = NormalDist().inv_cdf(0.975) * variance**0.5
    return {"mean": mean, "variance": variance, "lower": mean - half, "upper": mean + half,
            "responses_used": len(df)}
