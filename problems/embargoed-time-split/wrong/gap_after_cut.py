# verdict: Wrong Answer
# Applies the embargo to the start of the test period instead of the end of training.
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    gap = pd.Timedelta(minutes=gap_minutes)
    train = events["ts"] < cut_ts
    test = events["ts"] >= cut_ts + gap
    out = pd.concat([events[train].assign(split="train"), events[test].assign(split="test")])
    return out.sort_values(["ts", "event_id"]).reset_index(drop=True)
