# verdict: Wrong Answer
# Builds every scooter's spine over the whole fleet's first..last bucket instead of its own.
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    step = pd.Timedelta(minutes=bucket_minutes)
    frame = readings.assign(bucket_start=readings["read_at"].dt.floor(step))
    stats = frame.groupby(["scooter_id", "bucket_start"]).agg(
        n_levels=("level", "count"), mean_level=("level", "mean"))
    if frame.empty:
        spine = stats.index
    else:
        buckets = pd.date_range(frame["bucket_start"].min(), frame["bucket_start"].max(),
                                freq=step)
        spine = pd.MultiIndex.from_product(
            [sorted(frame["scooter_id"].unique()), buckets], names=["scooter_id", "bucket_start"])
    out = stats.reindex(spine)
    out["n_levels"] = out["n_levels"].fillna(0).astype("int64")
    carried = out["mean_level"]
    if max_fill > 0:
        carried = carried.groupby(level="scooter_id").ffill(limit=max_fill)
    out["carried_level"] = carried
    return out.reset_index()
