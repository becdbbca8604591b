# verdict: Wrong Answer
# Builds the table from value_counts of the observed (locale, queue) pairs, so a queue that
# never occurs in a locale gets no row instead of a row of zeros.
import pandas as pd


def locale_confusion(routed: pd.DataFrame, classes: list) -> pd.DataFrame:
    order = {q: i for i, q in enumerate(classes)}
    rows = []
    for locale, part in routed.groupby("locale"):
        act = part["actual"].value_counts()
        pred = part["predicted"].value_counts()
        hit = part.loc[part["actual"] == part["predicted"], "actual"].value_counts()
        for q in sorted(set(act.index) | set(pred.index), key=order.get):
            tp = int(hit.get(q, 0))
            fp = int(pred.get(q, 0)) - tp
            fn = int(act.get(q, 0)) - tp
            tn = len(part) - tp - fp - fn
            rows.append((locale, q, tp, fp, fn, tn,
                         tp / (tp + fp) if tp + fp else float("nan"),
                         tp / (tp + fn) if tp + fn else float("nan")))
    out = pd.DataFrame(rows, columns=["locale", "queue", "tp", "fp", "fn", "tn",
                                      "precision", "recall"])
    return out.astype({"tp": "int64", "fp": "int64", "fn": "int64", "tn": "int64",
                       "precision": "float64", "recall": "float64"})
