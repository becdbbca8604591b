# verdict: Wrong Answer
# pd.Timedelta(gap_minutes) without a unit is gap_minutes NANOseconds, not minutes.
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(gap_minutes)
    train = events[events["ts"] < start].assign(split="train")
    test = events[events["ts"] >= cut_ts].assign(split="test")
    return pd.concat([train, test]).sort_values(["ts", "event_id"]).reset_index(drop=True)
