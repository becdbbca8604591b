# verdict: Wrong Answer
# Rolls over the whole table sorted by time, forgetting to group by account.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values("ts")
    rolling = ordered.rolling("24h", on="ts", closed="left")["amount"]
    window = pd.DataFrame({"count": rolling.count().to_numpy(),
                           "sum": rolling.sum().to_numpy()}, index=ordered.index)
    window = window.reindex(txns.index).fillna(0.0)
    return pd.DataFrame({"txn_id": txns["txn_id"], "prev_count_24h": window["count"],
                         "prev_amount_24h": window["sum"]})
