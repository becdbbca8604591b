# verdict: Time Limit Exceeded
# Filters the whole table once per transaction: quadratic.
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    day = pd.Timedelta(hours=24)
    counts, sums = [], []
    for row in txns.itertuples(index=False):
        window = txns[(txns["account_id"] == row.account_id)
                      & (txns["ts"] >= row.ts - day) & (txns["ts"] < row.ts)]
        counts.append(len(window))
        sums.append(float(window["amount"].sum()))
    return pd.DataFrame({"txn_id": txns["txn_id"], "prev_count_24h": counts,
                         "prev_amount_24h": sums})
