# verdict: Wrong Answer
# Reindexes the rows but keeps the datasets in the pivot's (sorted) column order, adding the absent ones at the end.
import pandas as pd


def eval_grid(runs: pd.DataFrame, metric: str, models: list[str],
              datasets: list[str]) -> pd.DataFrame:
    keep = (runs["metric"] == metric) & runs["model"].isin(models) & runs["dataset"].isin(datasets)
    latest = runs[keep].sort_values(["finished_at", "run_id"])
    latest = latest.drop_duplicates(["model", "dataset"], keep="last")
    wide = latest.pivot(index="model", columns="dataset", values="value")
    wide = wide.reindex(index=models).astype("float64")
    for name in datasets:
        if name not in wide.columns:
            wide[name] = float("nan")
    wide = wide[[c for c in wide.columns if c in datasets]]
    out = wide.reset_index(drop=True)
    out.columns = list(wide.columns)
    out.insert(0, "model", pd.Series(models, dtype="object"))
    return out
