# verdict: Wrong Answer
# Labels rows with np.where on "ts >= cut"; a NaT compares False and lands in train.
import numpy as np
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    in_gap = (events["ts"] >= start) & (events["ts"] < cut_ts)
    out = events[~in_gap].copy()
    out["split"] = np.where(out["ts"] >= cut_ts, "test", "train").astype(object)
    return out.sort_values(["ts", "event_id"]).reset_index(drop=True)
