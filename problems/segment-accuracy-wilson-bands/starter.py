import pandas as pd


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    # One row per segment: segment, n, correct, accuracy, ci_low, ci_high,
    # sorted by n descending, then segment ascending.
    raise NotImplementedError
