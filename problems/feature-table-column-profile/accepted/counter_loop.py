from collections import Counter

import pandas as pd

COLUMNS = ["column", "family", "null_count", "null_fraction", "n_distinct", "mode", "min", "max"]


def profile_columns(df: pd.DataFrame) -> pd.DataFrame:
    records = []
    for name in df.columns:
        kind = df[name].dtype.kind
        family = {"b": "bool", "i": "int", "f": "float", "M": "datetime"}.get(kind, "string")
        cells = df[name].tolist()
        present = [v for v in cells if not pd.isna(v)]
        tally = Counter(present)

        def text(v):
            if family == "float":
                return str(float(v))
            if family == "datetime":
                return str(pd.Timestamp(v))
            return str(v)

        order = (lambda v: str(v)) if family == "string" else (lambda v: v)
        record = {"column": name, "family": family, "null_count": len(cells) - len(present),
                  "null_fraction": (len(cells) - len(present)) / len(cells) if cells
                  else float("nan"),
                  "n_distinct": len(tally), "mode": None, "min": None, "max": None}
        if tally:
            top = max(tally.values())
            record["mode"] = text(min((v for v, c in tally.items() if c == top), key=order))
            if family in ("int", "float", "datetime"):
                record["min"], record["max"] = text(min(present)), text(max(present))
        records.append(record)
    return pd.DataFrame(records, columns=COLUMNS)
