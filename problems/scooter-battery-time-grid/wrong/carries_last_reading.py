# verdict: Wrong Answer
# Carries the bucket's last reading (resample().last()) instead of its mean level.
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
    readings = readings.sort_values("read_at", kind="stable")
    res = (readings.set_index("read_at")
           .groupby("scooter_id")["level"]
           .resample(f"{bucket_minutes}min")
           .agg(["count", "mean", "last"])
           .rename(columns={"count": "n_levels", "mean": "mean_level"}))
    carried = res["last"]
    if max_fill > 0:
        carried = carried.groupby(level="scooter_id").ffill(limit=max_fill)
    res["carried_level"] = carried.where(res["n_levels"] == 0, res["mean_level"])
    return res.drop(columns="last").reset_index().rename(columns={"read_at": "bucket_start"})
