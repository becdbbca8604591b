# verdict: Wrong Answer
# Counts only correctly predicted churners (label == predicted == 1) as right answers.
import numpy as np
import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    df = predictions.assign(segment=predictions["segment"].fillna("unknown"),
                            hit=(predictions["label"] & predictions["predicted"]).astype(int))
    out = df.groupby("segment").agg(n=("hit", "size"), correct=("hit", "sum")).reset_index()
    n = out["n"]
    p = out["correct"] / n
    denom = 1 + Z**2 / n
    center = (p + Z**2 / (2 * n)) / denom
    half = Z / denom * np.sqrt(p * (1 - p) / n + Z**2 / (4 * n**2))
    out["accuracy"], out["ci_low"], out["ci_high"] = p, center - half, center + half
    return out.sort_values(["n", "segment"], ascending=[False, True]).reset_index(drop=True)
