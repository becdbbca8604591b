import pandas as pd


def battery_grid(readings: pd.DataFrame, bucket_minutes: int, max_fill: int) -> pd.DataFrame:
    # One row per scooter and bucket, from the bucket of its first reading to the bucket of
    # its last: scooter_id, bucket_start, n_levels, mean_level, carried_level.
    raise NotImplementedError
