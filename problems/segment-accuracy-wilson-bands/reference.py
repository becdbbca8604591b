import numpy as np
import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    segment = predictions["segment"].astype(object)
    segment = segment.where(segment.notna(), "unknown")
    hit = (predictions["label"] == predictions["predicted"]).astype("int64")
    frame = pd.DataFrame({"segment": segment, "hit": hit})
    out = frame.groupby("segment")["hit"].agg(n="size", correct="sum").reset_index()
    n = out["n"].astype("float64")
    p = out["correct"] / n
    z2 = Z * Z
    denom = 1.0 + z2 / n
    center = (p + z2 / (2.0 * n)) / denom
    half = Z / denom * np.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n))
    out["accuracy"] = p
    out["ci_low"] = center - half
    out["ci_high"] = center + half
    out = out.sort_values(["n", "segment"], ascending=[False, True])
    return out[["segment", "n", "correct", "accuracy", "ci_low", "ci_high"]].reset_index(drop=True)
