# verdict: Runtime Error
# Sorts the tied values directly: Python cannot compare an int with a str.
import pandas as pd
from pandas.api import types


def _family(column: pd.Series) -> str:
    if types.is_bool_dtype(column):
        return "bool"
    if types.is_integer_dtype(column):
        return "int"
    if types.is_float_dtype(column):
        return "float"
    if types.is_datetime64_any_dtype(column):
        return "datetime"
    return "string"


def _text(value, family: str) -> str:
    if family == "int":
        return str(int(value))
    if family == "float":
        return str(float(value))
    if family == "bool":
        return str(bool(value))
    if family == "datetime":
        return str(pd.Timestamp(value))
    return str(value)


def profile_columns(df: pd.DataFrame) -> pd.DataFrame:
    n = len(df)
    rows = []
    for name in df.columns:
        column = df[name]
        family = _family(column)
        values = column.dropna()
        counts = values.value_counts()
        mode = low = high = None
        if len(counts):
            tied = counts.index[counts == counts.max()]
            best = sorted(tied)[0]
            mode = _text(best, family)
            if family in ("int", "float", "datetime"):
                low, high = _text(values.min(), family), _text(values.max(), family)
        nulls = n - len(values)
        rows.append((str(name), family, nulls, nulls / n if n else float("nan"), len(counts),
                     mode, low, high))
    return pd.DataFrame({
        "column": pd.Series([r[0] for r in rows], dtype="object"),
        "family": pd.Series([r[1] for r in rows], dtype="object"),
        "null_count": pd.Series([r[2] for r in rows], dtype="int64"),
        "null_fraction": pd.Series([r[3] for r in rows], dtype="float64"),
        "n_distinct": pd.Series([r[4] for r in rows], dtype="int64"),
        "mode": pd.Series([r[5] for r in rows], dtype="object"),
        "min": pd.Series([r[6] for r in rows], dtype="object"),
        "max": pd.Series([r[7] for r in rows], dtype="object"),
    })
