import pandas as pd


def metric_summary(daily, min_days):
    rows = []
    for (experiment, variant), arm in daily.groupby(["experiment", "variant"]):
        for metric in ("views", "clicks", "orders"):
            values = arm[metric].dropna()
            if len(values) >= min_days and len(values) > 0:
                total = float(values.sum())
                rows.append((experiment, variant, metric, len(values), total,
                             total / len(values), float(values.max())))
    return pd.DataFrame({
        "experiment": pd.Series([r[0] for r in rows], dtype="object"),
        "variant": pd.Series([r[1] for r in rows], dtype="object"),
        "metric": pd.Series([r[2] for r in rows], dtype="object"),
        "days": pd.Series([r[3] for r in rows], dtype="int64"),
        "total": pd.Series([r[4] for r in rows], dtype="float64"),
        "mean": pd.Series([r[5] for r in rows], dtype="float64"),
        "peak": pd.Series([r[6] for r in rows], dtype="float64"),
    })
