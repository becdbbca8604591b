import pandas as pd


def eval_grid(runs, metric, models, datasets):
    r = runs[runs["metric"].eq(metric) & runs["model"].isin(models)
             & runs["dataset"].isin(datasets)]
    # position in (finished_at, run_id) order: the latest run of a cell has the largest
    r = r.sort_values(["finished_at", "run_id"]).reset_index(drop=True)
    r["order"] = r.index
    winners = r.loc[r.groupby(["model", "dataset"])["order"].idxmax()]
    cells = winners.set_index(["model", "dataset"])["value"].unstack("dataset")
    full = pd.DataFrame(index=pd.Index(models, dtype=object, name="model"),
                        columns=pd.Index(datasets, dtype=object), dtype="float64")
    full.update(cells.reindex(index=models, columns=datasets))
    # update() never writes NaN, so put the diverged winners back explicitly
    nan_cells = winners[winners["value"].isna()]
    for model, dataset in zip(nan_cells["model"], nan_cells["dataset"]):
        full.loc[model, dataset] = float("nan")
    full.columns.name = None
    return full.reset_index()
