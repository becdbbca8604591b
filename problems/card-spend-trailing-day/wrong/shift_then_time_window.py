# verdict: Wrong Answer
# Shifts each account's amounts down one row to keep the current transaction out, then rolls
# over 24 hours: a transaction sees an earlier one at the same instant (the shifted row), and
# the window is measured from the wrong row's edge.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"]).copy()
    ordered["prev_amount"] = ordered.groupby("account_id")["amount"].shift(1)
    rolling = ordered.groupby("account_id").rolling("24h", on="ts")["prev_amount"]
    window = pd.DataFrame({"count": rolling.count().to_numpy(),
                           "sum": rolling.sum().to_numpy()}, index=ordered.index)
    window = window.reindex(txns.index).fillna(0.0)
    return pd.DataFrame({"txn_id": txns["txn_id"], "prev_count_24h": window["count"],
                         "prev_amount_24h": window["sum"]})
