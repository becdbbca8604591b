import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    # Roll over the raw rows (closed="both"), then give every row of a (device, time) tie
    # the value of the tie's last row, which has seen all of them. Returned as float counts.
    work = readings.reset_index(drop=True)
    work["pos"] = range(len(work))
    work = work.sort_values(["device_id", "ts"], kind="mergesort")
    rolled = work.set_index("ts").groupby("device_id")["value"].rolling(
        pd.Timedelta(minutes=window_minutes), closed="both")
    work["window_count"] = rolled.count().to_numpy()
    work["window_mean"] = rolled.mean().to_numpy()
    tie = work.groupby(["device_id", "ts"])
    work["window_count"] = tie["window_count"].transform("last").astype("float64")
    work["window_mean"] = tie["window_mean"].transform("last")
    return work.sort_values("pos").drop(columns="pos")
