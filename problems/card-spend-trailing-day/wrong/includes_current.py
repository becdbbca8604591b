# verdict: Wrong Answer
# The default closed='right' window (T - 24h, T] holds the transaction itself (and drops
# the one exactly 24 hours earlier).
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"])
    rolling = ordered.groupby("account_id").rolling("24h", on="ts", closed="right")["amount"]
    window = pd.DataFrame({"count": rolling.count().to_numpy(),
                           "sum": rolling.sum().to_numpy()}, index=ordered.index)
    window = window.reindex(txns.index).fillna(0.0)

    return pd.DataFrame({"txn_id": txns["txn_id"],
                         "prev_count_24h": window["count"].astype("int64"),
                         "prev_amount_24h": window["sum"]})
