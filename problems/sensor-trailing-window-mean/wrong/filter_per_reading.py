# verdict: Time Limit Exceeded
# Filters the whole table once per reading.
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    window = pd.Timedelta(minutes=window_minutes)
    dev = readings["device_id"]
    ts = readings["ts"]
    counts, means = [], []
    for d, t in zip(dev, ts):
        vals = readings.loc[(dev == d) & (ts >= t - window) & (ts <= t), "value"]
        counts.append(int(vals.count()))
        means.append(vals.mean())
    return readings.assign(window_count=counts, window_mean=means)
