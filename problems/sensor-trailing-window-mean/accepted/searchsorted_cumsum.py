import numpy as np
import pandas as pd


def trailing_window_mean(readings: pd.DataFrame, window_minutes: int) -> pd.DataFrame:
    # Per device: sort by time, prefix sums of values and of "has a value", and binary
    # search for both ends of [t - w, t] (side="right" on t takes in equal times).
    n = len(readings)
    count = np.zeros(n, dtype=np.int64)
    mean = np.full(n, np.nan)
    w = np.timedelta64(window_minutes * 60 * 10**9, "ns")
    ts_all = readings["ts"].to_numpy()
    val_all = readings["value"].to_numpy()
    for _, pos in pd.Series(np.arange(n)).groupby(readings["device_id"].to_numpy()):
        pos = pos.to_numpy()
        order = np.argsort(ts_all[pos], kind="stable")
        pos = pos[order]
        t = ts_all[pos]
        v = val_all[pos]
        has = ~np.isnan(v)
        csum = np.concatenate([[0.0], np.cumsum(np.where(has, v, 0.0))])
        ccnt = np.concatenate([[0], np.cumsum(has)])
        lo = np.searchsorted(t, t - w, side="left")
        hi = np.searchsorted(t, t, side="right")
        c = ccnt[hi] - ccnt[lo]
        s = csum[hi] - csum[lo]
        count[pos] = c
        with np.errstate(invalid="ignore", divide="ignore"):
            mean[pos] = np.where(c > 0, s / np.maximum(c, 1), np.nan)
    out = readings.copy()
    out["window_count"] = count
    out["window_mean"] = mean
    return out
