import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    # Bucket the times with pd.cut (left-closed bins) and keep the original index.
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    bins = [pd.Timestamp.min, start, cut_ts, pd.Timestamp.max]
    if start == cut_ts:
        bins = [pd.Timestamp.min, cut_ts, pd.Timestamp.max]
        names = ["train", "test"]
    else:
        names = ["train", "embargo", "test"]
    bucket = pd.cut(events["ts"], bins=bins, labels=names, right=False, ordered=False)
    out = events.assign(split=bucket.astype(object))
    out = out[out["split"].isin(["train", "test"])]
    return out.sort_values(["ts", "event_id"])
