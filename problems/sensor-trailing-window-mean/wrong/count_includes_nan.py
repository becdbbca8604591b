# verdict: Wrong Answer
# The mean skips NaN correctly, but window_count counts every reading (size, not count).
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    per_time = readings.groupby(["device_id", "ts"])["value"].agg(total="sum", n="count", rows="size")
    per_time = per_time.reset_index("device_id")
    window = pd.Timedelta(minutes=window_minutes)
    rolled = per_time.groupby("device_id")[["total", "n", "rows"]].rolling(window, closed="both").sum()
    out = readings.join(rolled, on=["device_id", "ts"])
    out["window_count"] = out["rows"].astype("int64")
    out["window_mean"] = out["total"] / out["n"].where(out["n"] > 0)
    return out.drop(columns=["total", "n", "rows"])
