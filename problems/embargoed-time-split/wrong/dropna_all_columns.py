# verdict: Wrong Answer
# dropna() without subset also throws away payments whose amount is missing.
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    kept = events.dropna()
    train = kept[kept["ts"] < start].assign(split="train")
    test = kept[kept["ts"] >= cut_ts].assign(split="test")
    return pd.concat([train, test]).sort_values(["ts", "event_id"]).reset_index(drop=True)
