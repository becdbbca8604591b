# verdict: Wrong Answer
# One time-based rolling window over all devices together: other pumps leak into the mean.
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    per_time = readings.groupby("ts")["value"].agg(total="sum", n="count")
    rolled = per_time.rolling(f"{window_minutes}min", closed="both").sum()
    out = readings.join(rolled, on="ts")
    out["window_count"] = out["n"].astype("int64")
    out["window_mean"] = out["total"] / out["n"].where(out["n"] > 0)
    return out.drop(columns=["total", "n"])
