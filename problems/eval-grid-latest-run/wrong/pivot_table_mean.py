# verdict: Wrong Answer
# Lets pivot_table average the repeated runs instead of keeping the latest one.
import pandas as pd


def eval_grid(runs: pd.DataFrame, metric: str, models: list[str],
              datasets: list[str]) -> pd.DataFrame:
    keep = (runs["metric"] == metric) & runs["model"].isin(models) & runs["dataset"].isin(datasets)
    wide = runs[keep].pivot_table(index="model", columns="dataset", values="value",
                                  aggfunc="mean")
    wide = wide.reindex(index=models, columns=datasets).astype("float64")
    out = wide.reset_index(drop=True)
    out.columns = list(datasets)
    out.insert(0, "model", pd.Series(models, dtype="object"))
    return out
