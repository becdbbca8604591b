import pandas as pd


def profile_columns(df: pd.DataFrame) -> pd.DataFrame:
    # One row per column of df, in df's column order. Columns: column, family, null_count,
    # null_fraction, n_distinct, mode, min, max.
    raise NotImplementedError
