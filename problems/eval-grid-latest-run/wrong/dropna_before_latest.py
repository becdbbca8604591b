# verdict: Wrong Answer
# Drops the diverged (NaN) runs before choosing the latest, so an older value shows through.
import pandas as pd


def eval_grid(runs: pd.DataFrame, metric: str, models: list[str],
              datasets: list[str]) -> pd.DataFrame:
    keep = (runs["metric"] == metric) & runs["model"].isin(models) & runs["dataset"].isin(datasets)
    latest = runs[keep].dropna(subset=["value"]).sort_values(["finished_at", "run_id"])
    latest = latest.drop_duplicates(["model", "dataset"], keep="last")
    wide = latest.pivot(index="model", columns="dataset", values="value")
    wide = wide.reindex(index=models, columns=datasets).astype("float64")
    out = wide.reset_index(drop=True)
    out.columns = list(datasets)
    out.insert(0, "model", pd.Series(models, dtype="object"))
    return out
