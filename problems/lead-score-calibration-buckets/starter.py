import pandas as pd


def calibration_table(scored: pd.DataFrame, n_buckets: int) -> pd.DataFrame:
    # One row per bucket 0..n_buckets-1: bucket, lower, upper, count, mean_score,
    # positive_rate, ece_contribution.
    raise NotImplementedError
