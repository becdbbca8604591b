import pandas as pd
from pandas.api import types

COLUMNS = ["column", "family", "null_count", "null_fraction", "n_distinct", "mode", "min", "max"]


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


def profile_columns(df: pd.DataFrame) -> pd.DataFrame:
    # str() of what pandas hands back (numpy ints, floats and bools, Timestamps, and the
    # object column's own values) is the text the statement asks for
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
            mode = str(min(tied, key=str) if family == "string" else min(tied))
            if family in ("int", "float", "datetime"):
                low, high = str(values.min()), str(values.max())
        nulls = n - len(values)
        rows.append((str(name), family, nulls, nulls / n if n else float("nan"), len(counts),
                     mode, low, high))
    return pd.DataFrame(rows, columns=COLUMNS)
