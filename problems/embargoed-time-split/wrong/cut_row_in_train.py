# verdict: Wrong Answer
# Puts a payment exactly at the cut-off on the train side (ts > cut for test).
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    test = events["ts"] > cut_ts
    train = (events["ts"] < start) | ((gap_minutes == 0) & (events["ts"] == cut_ts))
    out = pd.concat([events[train].assign(split="train"), events[test].assign(split="test")])
    return out.sort_values(["ts", "event_id"]).reset_index(drop=True)
