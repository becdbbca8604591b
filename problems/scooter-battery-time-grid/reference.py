import numpy as np
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    step = pd.Timedelta(minutes=bucket_minutes)
    frame = readings.assign(bucket_start=readings["read_at"].dt.floor(step))
    stats = frame.groupby(["scooter_id", "bucket_start"]).agg(
        n_levels=("level", "count"), mean_level=("level", "mean"))
    span = frame.groupby("scooter_id")["bucket_start"].agg(["min", "max"])
    lengths = ((span["max"] - span["min"]) // step + 1).to_numpy()
    firsts = np.cumsum(lengths) - lengths
    offsets = np.arange(lengths.sum()) - np.repeat(firsts, lengths)
    starts = np.repeat(span["min"].to_numpy(), lengths) + offsets * step
    spine = pd.MultiIndex.from_arrays([np.repeat(span.index.to_numpy(), lengths), starts],
                                      names=["scooter_id", "bucket_start"])
    out = stats.reindex(spine)
    out["n_levels"] = out["n_levels"].fillna(0).astype("int64")
    out["carried_level"] = out["mean_level"].groupby(level="scooter_id").ffill(limit=max_fill)
    return out.reset_index()
