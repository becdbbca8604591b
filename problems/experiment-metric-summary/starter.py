import pandas as pd


def metric_summary(daily: pd.DataFrame, min_days: int) -> pd.DataFrame:
    # Columns: experiment, variant, metric, days, total, mean, peak.
    raise NotImplementedError
