# verdict: Wrong Answer
# closed='neither' also leaves out the current row and ties, but drops the transaction
# exactly 24 hours earlier: the window is (T - 24h, T) instead of [T - 24h, T).
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"])
    rolling = ordered.groupby("account_id").rolling("24h", on="ts", closed="neither")["amount"]
    window = pd.DataFrame({"count": rolling.count().to_numpy(),
                           "sum": rolling.sum().to_numpy()}, index=ordered.index)
    window = window.reindex(txns.index).fillna(0.0)

    return pd.DataFrame({"txn_id": txns["txn_id"],
                         "prev_count_24h": window["count"].astype("int64"),
                         "prev_amount_24h": window["sum"]})
