# verdict: Runtime Error
# Fills each scooter's column with Series.ffill(limit=max_fill), which refuses limit=0.
import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    step = pd.Timedelta(minutes=bucket_minutes)
    parts = []
    for sid, mine in readings.groupby("scooter_id"):
        levels = mine.set_index("read_at")["level"].sort_index()
        res = levels.resample(step).agg(["count", "mean"])
        res.columns = ["n_levels", "mean_level"]
        res["carried_level"] = res["mean_level"].ffill(limit=max_fill)
        res.index.name = "bucket_start"
        parts.append(res.reset_index().assign(scooter_id=sid))
    if not parts:
        return pd.DataFrame({
            "scooter_id": pd.Series(dtype="int64"),
            "bucket_start": pd.Series(dtype="datetime64[ns]"),
            "n_levels": pd.Series(dtype="int64"),
            "mean_level": pd.Series(dtype="float64"),
            "carried_level": pd.Series(dtype="float64"),
        })
    return pd.concat(parts, ignore_index=True)
