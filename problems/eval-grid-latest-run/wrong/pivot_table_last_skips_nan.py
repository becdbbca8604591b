# verdict: Wrong Answer
# Sorts by time, then pivot_table(aggfunc='last'): 'last' skips NaN, so a diverged latest run falls back to an older value.
import pandas as pd


def eval_grid(runs: pd.DataFrame, metric: str, models: list[str],
              datasets: list[str]) -> pd.DataFrame:
    keep = (runs["metric"] == metric) & runs["model"].isin(models) & runs["dataset"].isin(datasets)
    latest = runs[keep].sort_values(["finished_at", "run_id"])
    wide = latest.pivot_table(index="model", columns="dataset", values="value",
                              aggfunc="last")
    wide = wide.reindex(index=models, columns=datasets).astype("float64")
    out = wide.reset_index(drop=True)
    out.columns = list(datasets)
    out.insert(0, "model", pd.Series(models, dtype="object"))
    return out
