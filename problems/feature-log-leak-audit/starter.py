import pandas as pd


def leak_audit(labels: pd.DataFrame, features: pd.DataFrame) -> pd.DataFrame:
    # One row per feature name: feature, leaking_labels, leak_share,
    # most leaking_labels first, ties by feature name.
    raise NotImplementedError
