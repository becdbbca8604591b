import numpy as np
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    # Sort once, then find the two boundaries by binary search on the int64 nanoseconds.
    timed = events[events["ts"].notna()]
    order = np.lexsort((timed["event_id"].to_numpy(), timed["ts"].to_numpy()))
    timed = timed.iloc[order]
    ns = timed["ts"].to_numpy().astype("datetime64[ns]").astype(np.int64)
    cut_ns = pd.Timestamp(cut).value
    start_ns = cut_ns - gap_minutes * 60 * 10**9
    end_train = np.searchsorted(ns, start_ns, side="left")
    start_test = np.searchsorted(ns, cut_ns, side="left")
    train = timed.iloc[:end_train].assign(split="train")
    test = timed.iloc[start_test:].assign(split="test")
    return pd.concat([train, test], ignore_index=True)
