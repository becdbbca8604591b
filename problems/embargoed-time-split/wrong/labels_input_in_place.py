# verdict: Wrong Answer
# Right rows, but writes the split column into the caller's frame along the way.
import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    cut_ts = pd.Timestamp(cut)
    start = cut_ts - pd.Timedelta(minutes=gap_minutes)
    events["split"] = None
    events.loc[events["ts"] < start, "split"] = "train"
    events.loc[events["ts"] >= cut_ts, "split"] = "test"
    out = events[events["split"].notna()].astype({"split": object})
    return out.sort_values(["ts", "event_id"]).reset_index(drop=True)
