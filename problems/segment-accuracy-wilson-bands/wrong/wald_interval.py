# verdict: Wrong Answer
# Uses the normal (Wald) interval p +- z*sqrt(p(1-p)/n), clipped to [0, 1].
import numpy as np
import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    seg = predictions["segment"].fillna("unknown")
    hit = (predictions["label"] == predictions["predicted"]).astype(int)
    out = hit.groupby(seg).agg(["size", "sum"]).rename(columns={"size": "n", "sum": "correct"})
    out = out.rename_axis("segment").reset_index()
    p = out["correct"] / out["n"]
    half = Z * np.sqrt(p * (1 - p) / out["n"])
    out["accuracy"] = p
    out["ci_low"] = (p - half).clip(0, 1)
    out["ci_high"] = (p + half).clip(0, 1)
    return out.sort_values(["n", "segment"], ascending=[False, True]).reset_index(drop=True)
