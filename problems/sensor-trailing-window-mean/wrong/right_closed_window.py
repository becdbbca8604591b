# verdict: Wrong Answer
# rolling("10min") defaults to closed="right": a reading exactly window_minutes earlier is left out.
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    per_time = readings.groupby(["device_id", "ts"])["value"].agg(total="sum", n="count")
    per_time = per_time.reset_index("device_id")
    rolled = per_time.groupby("device_id")[["total", "n"]].rolling(f"{window_minutes}min").sum()
    out = readings.join(rolled, on=["device_id", "ts"])
    out["window_count"] = out["n"].astype("int64")
    out["window_mean"] = out["total"] / out["n"].where(out["n"] > 0)
    return out.drop(columns=["total", "n"])
