# verdict: Wrong Answer
# Right numbers in the right order, but sorts the caller's table in place first.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    txns.sort_values(["account_id", "ts"], inplace=True)
    rolling = txns.groupby("account_id").rolling("24h", on="ts", closed="left")["amount"]
    out = pd.DataFrame({"txn_id": txns["txn_id"],
                        "prev_count_24h": rolling.count().fillna(0).to_numpy(),
                        "prev_amount_24h": rolling.sum().fillna(0.0).to_numpy()},
                       index=txns.index)
    return out.sort_index()
