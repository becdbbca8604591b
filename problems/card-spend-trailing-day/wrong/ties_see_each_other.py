# verdict: Wrong Answer
# Includes the row itself with closed='both' and then subtracts it: transactions at the
# same instant still see each other.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"])
    rolling = ordered.groupby("account_id").rolling("24h", on="ts", closed="both")["amount"]
    window = pd.DataFrame({"count": rolling.count().to_numpy(),
                           "sum": rolling.sum().to_numpy()}, index=ordered.index)
    window = window.reindex(txns.index).fillna(0.0)
    window["count"] -= 1
    window["sum"] -= txns["amount"]
    return pd.DataFrame({"txn_id": txns["txn_id"],
                         "prev_count_24h": window["count"].astype("int64"),
                         "prev_amount_24h": window["sum"]})
