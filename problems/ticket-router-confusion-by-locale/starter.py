import pandas as pd


def locale_confusion(routed: pd.DataFrame, classes: list) -> pd.DataFrame:
    # One row per (locale, queue): locale, queue, tp, fp, fn, tn, precision, recall,
    # sorted by locale, then queue in the order of `classes`.
    raise NotImplementedError
