import numpy as np
import pandas as pd


def trailing_day_features(txns: pd.DataFrame) -> pd.DataFrame:
    n = len(txns)
    account = txns["account_id"].to_numpy()
    when = txns["ts"].to_numpy().astype("datetime64[ns]").view("int64")
    amount = txns["amount"].to_numpy(dtype="float64")
    order = np.lexsort((when, account))
    account, when, amount = account[order], when[order], amount[order]
    # one integer key per (account, instant), for the row times and the window starts alike
    instants = np.concatenate([when, when - 24 * 3600 * 10**9])
    rank = np.unique(instants, return_inverse=True)[1]
    group = np.unique(account, return_inverse=True)[1]
    width = len(instants)   # every rank is below it
    row_key = group * width + rank[:n]
    start_key = group * width + rank[n:]
    hi = np.searchsorted(row_key, row_key, side="left")     # first row at this very instant
    lo = np.searchsorted(row_key, start_key, side="left")   # first row at or after ts - 24h
    running = np.concatenate([[0.0], np.cumsum(amount)])
    count = np.empty(n, dtype="int64")
    total = np.empty(n, dtype="float64")
    count[order] = hi - lo
    total[order] = running[hi] - running[lo]
    return pd.DataFrame({"txn_id": txns["txn_id"].to_numpy(),
                         "prev_count_24h": count, "prev_amount_24h": total})
