# verdict: Wrong Answer
# Lets a payment exactly at the embargo start train (ts <= E instead of ts < E).
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    train = (events["ts"] <= start) & (events["ts"] < cut_ts)
    test = events["ts"] >= cut_ts
    out = pd.concat([events[train].assign(split="train"), events[test].assign(split="test")])
    return out.sort_values(["ts", "event_id"]).reset_index(drop=True)
