import pandas as pd


def eval_grid(runs: pd.DataFrame, metric: str, models: list[str],
              datasets: list[str]) -> pd.DataFrame:
    # One row per model (in the order of `models`): model, then one column per dataset.
    raise NotImplementedError
