# verdict: Wrong Answer
# Right numbers, but returned in (account_id, ts) order instead of the input's order.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    ordered = txns.sort_values(["account_id", "ts"])
    rolling = ordered.groupby("account_id").rolling("24h", on="ts", closed="left")["amount"]
    return pd.DataFrame({"txn_id": ordered["txn_id"].to_numpy(),
                         "prev_count_24h": rolling.count().fillna(0).to_numpy(),
                         "prev_amount_24h": rolling.sum().fillna(0.0).to_numpy()})
