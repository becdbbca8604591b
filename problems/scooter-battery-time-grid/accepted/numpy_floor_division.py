import numpy as np
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    step = bucket_minutes * 60 * 10**9
    ids = readings["scooter_id"].to_numpy(dtype=np.int64)
    ns = readings["read_at"].to_numpy(dtype="datetime64[ns]").astype(np.int64)
    levels = readings["level"].to_numpy(dtype=np.float64)
    bucket = ns // step                       # whole buckets since 1970-01-01 00:00
    order = np.lexsort((bucket, ids))
    ids, bucket, levels = ids[order], bucket[order], levels[order]

    new = np.ones(len(ids), dtype=bool)
    new[1:] = ids[1:] != ids[:-1]
    heads = np.flatnonzero(new)
    tails = np.append(heads[1:] - 1, len(ids) - 1).astype(np.int64) if len(ids) else heads
    first, last = bucket[heads], bucket[tails]
    lengths = last - first + 1
    offset = np.cumsum(lengths) - lengths
    total = int(lengths.sum())
    which = np.cumsum(new) - 1                # scooter number of each reading
    row = offset[which] + bucket - first[which]

    has = ~np.isnan(levels)
    count = np.bincount(row[has], minlength=total)
    sums = np.bincount(row[has], weights=levels[has], minlength=total)
    mean = np.full(total, np.nan)
    np.divide(sums, count, out=mean, where=count > 0)

    owner = np.repeat(np.arange(len(heads)), lengths)
    pos = np.arange(total)
    seen = np.maximum.accumulate(np.where(count > 0, pos, -1)) if total else pos
    ok = (seen >= offset[owner]) & (pos - seen <= max_fill)
    carried = np.where(ok, mean[np.maximum(seen, 0)], np.nan)

    spine = first[owner] + (pos - offset[owner])
    return pd.DataFrame({
        "scooter_id": ids[heads][owner],
        "bucket_start": pd.to_datetime(spine * step, unit="ns"),
        "n_levels": count,
        "mean_level": mean,
        "carried_level": carried,
    })
