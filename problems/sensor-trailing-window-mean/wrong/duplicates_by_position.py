# verdict: Wrong Answer
# Rolls over the raw rows: a reading does not see later rows that share its timestamp.
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    work = readings.reset_index(drop=True)
    work["pos"] = range(len(work))
    work = work.sort_values(["device_id", "ts"], kind="mergesort")
    rolled = work.set_index("ts").groupby("device_id")["value"].rolling(
        pd.Timedelta(minutes=window_minutes), closed="both")
    work["window_count"] = rolled.count().to_numpy().astype("int64")
    work["window_mean"] = rolled.mean().to_numpy()
    return work.sort_values("pos").drop(columns="pos")
