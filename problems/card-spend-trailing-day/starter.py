import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    # Columns: txn_id, prev_count_24h, prev_amount_24h; one row per transaction, in the
    # order of `txns`.
    raise NotImplementedError
