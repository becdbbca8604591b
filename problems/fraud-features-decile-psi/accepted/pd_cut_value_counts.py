import numpy as np
import pandas as pd


def feature_psi(features: pd.DataFrame, cutoff: str) -> pd.DataFrame:
    cut = pd.Timestamp(cutoff)
    period = np.where(features["event_time"] < cut, "baseline",
                      np.where(features["event_time"] >= cut, "current", None))
    long = (features.drop(columns="event_time").assign(period=period)
            .dropna(subset=["period"]))
    sizes = long["period"].value_counts()
    n_base, n_cur = sizes.get("baseline", 0), sizes.get("current", 0)
    out = []
    for name in features.columns.drop("event_time"):
        base = long.loc[long["period"] == "baseline", name]
        edges = sorted(set(np.percentile(base.dropna(), range(10, 100, 10)))) \
            if base.notna().any() else []
        labels = pd.cut(long[name], [-np.inf, *edges, np.inf], labels=False)
        labels = labels.fillna(-1)                       # -1 = the missing bin
        table = pd.crosstab(labels, long["period"]).reindex(
            index=[-1] + list(range(len(edges) + 1)), columns=["baseline", "current"],
            fill_value=0)
        if n_base == 0 or n_cur == 0:
            psi = np.nan
        else:
            b = (table["baseline"] / n_base).clip(lower=1e-4)
            c = (table["current"] / n_cur).clip(lower=1e-4)
            psi = float(((c - b) * np.log(c / b)).sum())
        out.append({"feature": name, "bins": float(len(edges) + 1), "psi": psi})
    frame = pd.DataFrame(out, columns=["feature", "bins", "psi"])
    frame = frame.sort_values("feature", kind="stable")
    frame = frame.sort_values("psi", ascending=False, kind="stable", na_position="last")
    return frame.reset_index(drop=True)
