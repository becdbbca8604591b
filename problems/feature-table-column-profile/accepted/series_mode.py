import numpy as np
import pandas as pd


def profile_columns(df: pd.DataFrame) -> pd.DataFrame:
    out = {k: [] for k in ["column", "family", "null_count", "null_fraction", "n_distinct",
                           "mode", "min", "max"]}
    for name, column in df.items():
        if column.dtype == bool:
            family = "bool"
        elif np.issubdtype(column.dtype, np.integer):
            family = "int"
        elif np.issubdtype(column.dtype, np.floating):
            family = "float"
        elif np.issubdtype(column.dtype, np.datetime64):
            family = "datetime"
        else:
            family = "string"
        nulls = int(column.isna().sum())
        mode = low = high = np.nan
        if family == "string":
            as_text = column.dropna().map(str)   # distinct values have distinct texts
            if len(as_text):
                mode = as_text.mode().iloc[0]    # mode() returns the tied values sorted
        elif column.notna().any():
            mode = str(column.mode().iloc[0])
            if family != "bool":
                low, high = str(column.min()), str(column.max())
        out["column"].append(name)
        out["family"].append(family)
        out["null_count"].append(nulls)
        out["null_fraction"].append(nulls / len(column) if len(column) else np.nan)
        out["n_distinct"].append(column.nunique())
        out["mode"].append(mode)
        out["min"].append(low)
        out["max"].append(high)
    return pd.DataFrame(out)
