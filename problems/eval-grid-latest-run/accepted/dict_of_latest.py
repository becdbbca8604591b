import math

import pandas as pd


def eval_grid(runs, metric, models, datasets):
    wanted_m, wanted_d = set(models), set(datasets)
    best = {}
    for run_id, model, dataset, m, value, when in runs[
            ["run_id", "model", "dataset", "metric", "value", "finished_at"]].itertuples(
            index=False, name=None):
        if m != metric or model not in wanted_m or dataset not in wanted_d:
            continue
        key = (model, dataset)
        rank = (when, run_id)
        if key not in best or rank > best[key][0]:
            best[key] = (rank, value)
    data = {"model": models}
    for d in datasets:
        data[d] = [best[(m, d)][1] if (m, d) in best else math.nan for m in models]
    out = pd.DataFrame(data, columns=["model", *datasets])
    return out.astype({d: "float64" for d in datasets} | {"model": object})
