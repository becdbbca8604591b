# verdict: Wrong Answer
# Groups by the floored time only, so buckets without readings never appear.
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    frame = readings.assign(bucket_start=readings["read_at"].dt.floor(f"{bucket_minutes}min"))
    out = frame.groupby(["scooter_id", "bucket_start"], as_index=False).agg(
        n_levels=("level", "count"), mean_level=("level", "mean"))
    carried = out["mean_level"]
    if max_fill > 0:
        carried = carried.groupby(out["scooter_id"]).ffill(limit=max_fill)
    out["carried_level"] = carried
    return out
