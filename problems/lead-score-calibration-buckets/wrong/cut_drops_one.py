# verdict: Wrong Answer
# pd.cut(right=False) makes the last bucket [0.9, 1.0) too, so a score of 1.0 gets no bucket
# and is silently dropped by groupby.
import numpy as np
import pandas as pd


def calibration_table(scored: pd.DataFrame, n_buckets: int) -> pd.DataFrame:
    edges = np.array([k / n_buckets for k in range(n_buckets + 1)])
    df = scored.dropna(subset=["score"]).copy()
    df["bucket"] = pd.cut(df["score"], edges, labels=False, right=False)
    stats = df.groupby("bucket").agg(count=("score", "size"), mean_score=("score", "mean"),
                                     positive_rate=("converted", "mean"))
    out = stats.reindex(range(n_buckets))
    out["count"] = out["count"].fillna(0).astype(int)
    out["ece_contribution"] = (out["count"] / len(df)
                               * (out["positive_rate"] - out["mean_score"]).abs()).fillna(0.0)
    out["lower"], out["upper"] = edges[:-1], edges[1:]
    return out.rename_axis("bucket").reset_index()
