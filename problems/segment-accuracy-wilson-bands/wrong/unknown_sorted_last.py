# verdict: Wrong Answer
# Keeps the missing key with dropna=False but names it only after sorting, so among
# segments of equal size "unknown" lands last instead of in its alphabetical place.
import numpy as np
import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    df = predictions.assign(hit=(predictions["label"] == predictions["predicted"]).astype(int))
    out = (df.groupby("segment", dropna=False)
             .agg(n=("hit", "size"), correct=("hit", "sum")).reset_index())
    n = out["n"]
    p = out["correct"] / n
    denom = 1 + Z**2 / n
    center = (p + Z**2 / (2 * n)) / denom
    half = Z / denom * np.sqrt(p * (1 - p) / n + Z**2 / (4 * n**2))
    out["accuracy"], out["ci_low"], out["ci_high"] = p, center - half, center + half
    out = out.sort_values(["n", "segment"], ascending=[False, True]).reset_index(drop=True)
    out["segment"] = out["segment"].fillna("unknown")
    return out
