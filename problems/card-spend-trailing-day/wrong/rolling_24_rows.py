# verdict: Wrong Answer
# Rolls over the previous 24 rows of the account instead of the previous 24 hours.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"])
    prev = ordered.groupby("account_id")["amount"].shift(1)
    grouped = prev.groupby(ordered["account_id"])
    count = grouped.transform(lambda s: s.rolling(24, min_periods=1).count())
    total = grouped.transform(lambda s: s.rolling(24, min_periods=1).sum())
    out = pd.DataFrame({"txn_id": ordered["txn_id"], "prev_count_24h": count.fillna(0),
                        "prev_amount_24h": total.fillna(0.0)})
    return out.reindex(txns.index)
