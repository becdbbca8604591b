import numpy as np
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    embargo_start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    ordered = events.sort_values(["ts", "event_id"])
    ts = ordered["ts"]
    kept = ordered[(ts < embargo_start) | (ts >= cut_ts)]
    return kept.assign(split=np.where(kept["ts"] >= cut_ts, "test", "train"))
