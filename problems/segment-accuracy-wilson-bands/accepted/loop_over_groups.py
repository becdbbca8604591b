import math

import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    counts = {}
    for seg, label, pred in zip(predictions["segment"], predictions["label"],
                                predictions["predicted"]):
        key = "unknown" if pd.isna(seg) else seg
        n, k = counts.get(key, (0, 0))
        counts[key] = (n + 1, k + (label == pred))
    rows = []
    for seg, (n, k) in counts.items():
        # the same interval, written as (2k + z^2 -+ z*sqrt(z^2 + 4k(n-k)/n)) / (2(n + z^2))
        root = Z * math.sqrt(Z * Z + 4 * k * (n - k) / n)
        low = (2 * k + Z * Z - root) / (2 * (n + Z * Z))
        high = (2 * k + Z * Z + root) / (2 * (n + Z * Z))
        rows.append({"segment": seg, "n": n, "correct": int(k), "accuracy": k / n,
                     "ci_low": low, "ci_high": high})
    rows.sort(key=lambda r: (-r["n"], r["segment"]))
    out = pd.DataFrame(rows, columns=["segment", "n", "correct", "accuracy",
                                      "ci_low", "ci_high"])
    return out.astype({"n": "int64", "correct": "int64", "accuracy": "float64",
                       "ci_low": "float64", "ci_high": "float64"})
