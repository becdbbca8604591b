# verdict: Wrong Answer
# Divides by the size of the whole table instead of the segment's size.
import numpy as np
import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    df = predictions.assign(segment=predictions["segment"].fillna("unknown"),
                            hit=(predictions["label"] == predictions["predicted"]).astype(int))
    out = df.groupby("segment").agg(n=("hit", "size"), correct=("hit", "sum")).reset_index()
    total = len(df)
    p = out["correct"] / total
    denom = 1 + Z**2 / total
    center = (p + Z**2 / (2 * total)) / denom
    half = Z / denom * np.sqrt(p * (1 - p) / total + Z**2 / (4 * total**2))
    out["accuracy"], out["ci_low"], out["ci_high"] = p, center - half, center + half
    return out.sort_values(["n", "segment"], ascending=[False, True]).reset_index(drop=True)
