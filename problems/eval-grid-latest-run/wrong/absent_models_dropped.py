# verdict: Wrong Answer
# Pivots the latest runs and orders the columns, but never adds the models without runs.
import pandas as pd


def eval_grid(runs, metric, models, datasets):
    r = runs[(runs["metric"] == metric) & runs["model"].isin(models)
             & runs["dataset"].isin(datasets)]
    r = r.sort_values(["finished_at", "run_id"]).drop_duplicates(["model", "dataset"], keep="last")
    wide = r.pivot(index="model", columns="dataset", values="value")
    wide = wide.reindex(columns=datasets).astype("float64")
    order = {m: i for i, m in enumerate(models)}
    wide = wide.loc[sorted(wide.index, key=order.get)]
    wide.columns.name = None
    return wide.rename_axis("model").reset_index()
