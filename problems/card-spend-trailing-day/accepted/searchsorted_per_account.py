import numpy as np
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    day = np.timedelta64(24 * 3600, "s")
    when = txns["ts"].to_numpy()
    amount = txns["amount"].to_numpy()
    count = np.zeros(len(txns), dtype="int64")
    total = np.zeros(len(txns), dtype="float64")
    for rows in txns.groupby("account_id").indices.values():
        rows = rows[np.argsort(when[rows], kind="stable")]
        t = when[rows]
        prefix = np.concatenate([[0.0], np.cumsum(amount[rows])])
        hi = np.searchsorted(t, t, side="left")
        lo = np.searchsorted(t, t - day, side="left")
        count[rows] = hi - lo
        total[rows] = prefix[hi] - prefix[lo]
    return pd.DataFrame({"txn_id": txns["txn_id"].to_numpy(), "prev_count_24h": count,
                         "prev_amount_24h": total})
