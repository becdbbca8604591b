import numpy as np
import pandas as pd


def locale_confusion(routed: pd.DataFrame, classes: list) -> pd.DataFrame:
    rows = []
    locale = routed["locale"].to_numpy()
    actual = routed["actual"].to_numpy()
    predicted = routed["predicted"].to_numpy()
    for loc in sorted(set(locale)):
        mask = locale == loc
        a, p = actual[mask], predicted[mask]
        for q in classes:
            is_a, is_p = a == q, p == q
            tp = int(np.sum(is_a & is_p))
            fp = int(np.sum(~is_a & is_p))
            fn = int(np.sum(is_a & ~is_p))
            tn = int(np.sum(~is_a & ~is_p))
            rows.append({"locale": loc, "queue": q, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
                         "precision": tp / (tp + fp) if tp + fp else np.nan,
                         "recall": tp / (tp + fn) if tp + fn else np.nan})
    cols = ["locale", "queue", "tp", "fp", "fn", "tn", "precision", "recall"]
    out = pd.DataFrame(rows, columns=cols)
    return out.astype({"tp": float, "fp": float, "fn": float, "tn": float,
                       "precision": float, "recall": float})
