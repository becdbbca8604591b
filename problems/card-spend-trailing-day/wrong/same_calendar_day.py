# verdict: Wrong Answer
# Counts the account's earlier transactions on the same calendar day, not the last 24 hours.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    day = txns["ts"].dt.normalize()
    keyed = txns.assign(day=day)
    ordered = keyed.sort_values(["account_id", "day", "ts"])
    per_instant = ordered.groupby(["account_id", "day", "ts"])["amount"].agg(["count", "sum"])
    running = per_instant.groupby(level=[0, 1]).cumsum() - per_instant
    joined = keyed.join(running, on=["account_id", "day", "ts"])
    return pd.DataFrame({"txn_id": txns["txn_id"], "prev_count_24h": joined["count"],
                         "prev_amount_24h": joined["sum"]})
