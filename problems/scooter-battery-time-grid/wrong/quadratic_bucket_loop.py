# verdict: Time Limit Exceeded
# Walks every bucket of every spine and scans all readings for it: O(buckets x readings).
import numpy as np
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    step = pd.Timedelta(minutes=bucket_minutes)
    rows = []
    for sid in sorted(readings["scooter_id"].unique()):
        mine = readings["read_at"][readings["scooter_id"] == sid]
        start, stop = mine.min().floor(step), mine.max().floor(step)
        last_mean, since = np.nan, 0
        bucket = start
        while bucket <= stop:
            inside = readings[(readings["scooter_id"] == sid) & (readings["read_at"] >= bucket)
                              & (readings["read_at"] < bucket + step)]
            levels = inside["level"].dropna()
            if len(levels):
                mean = levels.mean()
                last_mean, since = mean, 0
                carried = mean
            else:
                mean = np.nan
                since += 1
                carried = last_mean if since <= max_fill else np.nan
            rows.append((sid, bucket, len(levels), mean, carried))
            bucket += step
    return pd.DataFrame({
        "scooter_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "bucket_start": pd.Series([r[1] for r in rows], dtype="datetime64[ns]"),
        "n_levels": pd.Series([r[2] for r in rows], dtype="int64"),
        "mean_level": pd.Series([r[3] for r in rows], dtype="float64"),
        "carried_level": pd.Series([r[4] for r in rows], dtype="float64"),
    })
