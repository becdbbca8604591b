# verdict: Wrong Answer
# Names each bucket by its end (label='right') instead of its start.
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    if readings.empty:
        return pd.DataFrame({
            "scooter_id": pd.Series(dtype="int64"),
            "bucket_start": pd.Series(dtype="datetime64[ns]"),
            "n_levels": pd.Series(dtype="int64"),
            "mean_level": pd.Series(dtype="float64"),
            "carried_level": pd.Series(dtype="float64"),
        })
    res = (readings.set_index("read_at")
           .groupby("scooter_id")["level"]
           .resample(f"{bucket_minutes}min", label="right")
           .agg(["count", "mean"])
           .rename(columns={"count": "n_levels", "mean": "mean_level"}))
    carried = res["mean_level"]
    if max_fill > 0:
        carried = carried.groupby(level="scooter_id").ffill(limit=max_fill)
    res["carried_level"] = carried
    return res.reset_index().rename(columns={"read_at": "bucket_start"})
