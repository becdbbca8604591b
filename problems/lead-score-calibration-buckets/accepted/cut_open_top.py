import numpy as np
import pandas as pd


def calibration_table(scored: pd.DataFrame, n_buckets: int) -> pd.DataFrame:
    edges = [k / n_buckets for k in range(n_buckets + 1)]
    cut_edges = edges[:-1] + [np.inf]          # the last bucket takes 1.0 as well
    df = scored[scored["score"].notna()]
    codes = pd.cut(df["score"], cut_edges, right=False,
                   labels=list(range(n_buckets)))
    n = len(df)
    rows = []
    for b, part in df.groupby(codes, observed=False):
        c = len(part)
        ms = part["score"].mean() if c else np.nan
        pr = part["converted"].mean() if c else np.nan
        rows.append({"bucket": int(b), "lower": edges[b], "upper": edges[b + 1], "count": c,
                     "mean_score": ms, "positive_rate": pr,
                     "ece_contribution": c / n * abs(pr - ms) if c else 0.0})
    out = pd.DataFrame(rows)
    return out.sort_values("bucket").reset_index(drop=True)
