import numpy as np
import pandas as pd


def locale_confusion(routed: pd.DataFrame, classes: list) -> pd.DataFrame:
    none = "\x00not routed"
    pred = routed["predicted"].fillna(none)
    cols = list(classes) + [none]
    table = pd.crosstab([routed["locale"], routed["actual"]], pred)
    locales = sorted(routed["locale"].unique())
    full = table.reindex(pd.MultiIndex.from_product([locales, list(classes)]),
                         columns=cols, fill_value=0)
    out = []
    for loc in locales:
        m = full.loc[loc].to_numpy()            # rows: actual, columns: predicted (+ none)
        total = m.sum()
        for i, q in enumerate(classes):
            tp = m[i, i]
            fn = m[i].sum() - tp
            fp = m[:, i].sum() - tp
            out.append([loc, q, tp, fp, fn, total - tp - fp - fn])
    frame = pd.DataFrame(out, columns=["locale", "queue", "tp", "fp", "fn", "tn"])
    frame[["tp", "fp", "fn", "tn"]] = frame[["tp", "fp", "fn", "tn"]].astype("int64")
    with np.errstate(invalid="ignore", divide="ignore"):
        frame["precision"] = frame["tp"] / (frame["tp"] + frame["fp"]).replace(0, np.nan)
        frame["recall"] = frame["tp"] / (frame["tp"] + frame["fn"]).replace(0, np.nan)
    return frame
