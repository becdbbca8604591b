# verdict: Wrong Answer
# The usual random 80/20 split: ignores time, so future payments land in training.
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    kept = events.dropna(subset=["ts"]).sample(frac=1.0, random_state=0)
    n_train = int(len(kept) * 0.8)
    kept = kept.assign(split=["train"] * n_train + ["test"] * (len(kept) - n_train))
    return kept.sort_values(["ts", "event_id"]).reset_index(drop=True)
