import pandas as pd


def age_band_counts(applicants: pd.DataFrame, edges: list[float],
                    labels: list[str]) -> pd.DataFrame:
    # One row per band in order (the labels, then "out_of_range", then "unknown"):
    # band, applicants, share.
    raise NotImplementedError
