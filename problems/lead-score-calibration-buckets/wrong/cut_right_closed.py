# verdict: Wrong Answer
# pd.cut with its default right=True: a score on an inner edge goes to the bucket on its left.
import numpy as np
import pandas as pd


def calibration_table(scored: pd.DataFrame, n_buckets: int) -> pd.DataFrame:
    edges = np.array([k / n_buckets for k in range(n_buckets + 1)])
    df = scored.dropna(subset=["score"]).copy()
    df["bucket"] = pd.cut(df["score"], edges, labels=False, include_lowest=True)
    stats = df.groupby("bucket").agg(count=("score", "size"), mean_score=("score", "mean"),
                                     positive_rate=("converted", "mean"))
    out = stats.reindex(range(n_buckets))
    out["count"] = out["count"].fillna(0).astype(int)
    out["ece_contribution"] = (out["count"] / len(df)
                               * (out["positive_rate"] - out["mean_score"]).abs()).fillna(0.0)
    out["lower"], out["upper"] = edges[:-1], edges[1:]
    return out.rename_axis("bucket").reset_index()
