# verdict: Wrong Answer
# rolling(window_minutes) with an integer counts rows, not minutes.
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    work = readings.reset_index(drop=True)
    work["pos"] = range(len(work))
    work = work.sort_values(["device_id", "ts"], kind="mergesort")
    grouped = work.groupby("device_id")["value"]
    work["window_count"] = grouped.transform(lambda s: s.rolling(window_minutes, min_periods=1).count())
    work["window_mean"] = grouped.transform(lambda s: s.rolling(window_minutes, min_periods=1).mean())
    return work.sort_values("pos").drop(columns="pos")
