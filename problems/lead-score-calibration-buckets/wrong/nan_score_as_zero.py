# verdict: Wrong Answer
# Fills missing scores with 0, which puts those leads in the first bucket.
import numpy as np
import pandas as pd


def calibration_table(scored: pd.DataFrame, n_buckets: int) -> pd.DataFrame:
    edges = np.array([k / n_buckets for k in range(n_buckets + 1)], dtype="float64")
    scored = scored.fillna({"score": 0.0})
    valid = scored["score"].notna()
    score = scored.loc[valid, "score"].to_numpy(dtype="float64")
    converted = scored.loc[valid, "converted"].to_numpy(dtype="float64")
    bucket = np.searchsorted(edges, score, side="right") - 1
    bucket = np.minimum(bucket, n_buckets - 1)
    frame = pd.DataFrame({"bucket": bucket, "score": score, "converted": converted})
    stats = frame.groupby("bucket").agg(count=("score", "size"), mean_score=("score", "mean"),
                                        positive_rate=("converted", "mean"))
    out = stats.reindex(range(n_buckets))
    out["count"] = out["count"].fillna(0).astype("int64")
    gap = (out["positive_rate"] - out["mean_score"]).abs()
    out["ece_contribution"] = (out["count"] / len(score) * gap).fillna(0.0)
    out["lower"] = edges[:-1]
    out["upper"] = edges[1:]
    out = out.rename_axis("bucket").reset_index()
    return out[["bucket", "lower", "upper", "count", "mean_score", "positive_rate",
                "ece_contribution"]]
