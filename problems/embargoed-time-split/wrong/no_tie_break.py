# verdict: Wrong Answer
# Sorts by time only; rows with equal times keep their (shuffled) input order.
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    train = events[events["ts"] < start].assign(split="train")
    test = events[events["ts"] >= cut_ts].assign(split="test")
    return pd.concat([train, test]).sort_values("ts", kind="stable").reset_index(drop=True)
