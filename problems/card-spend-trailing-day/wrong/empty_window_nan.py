# verdict: Wrong Answer
# Leaves the empty windows as rolling returns them: NaN instead of 0 and 0.0.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"])
    rolling = ordered.groupby("account_id").rolling("24h", on="ts", closed="left")["amount"]
    window = pd.DataFrame({"count": rolling.count().to_numpy(),
                           "sum": rolling.sum().to_numpy()}, index=ordered.index)
    window = window.reindex(txns.index)
    return pd.DataFrame({"txn_id": txns["txn_id"], "prev_count_24h": window["count"],
                         "prev_amount_24h": window["sum"]})
