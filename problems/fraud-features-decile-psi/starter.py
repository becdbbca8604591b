import pandas as pd


def feature_psi(features: pd.DataFrame, cutoff: str) -> pd.DataFrame:
    # One row per feature column: feature, bins, psi; sorted by psi descending, then feature.
    raise NotImplementedError
