import numpy as np
import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    # Binary search in each item's sorted history, positions kept in numpy arrays.
    n = len(orders)
    price = np.full(n, np.nan)
    since = np.full(n, np.datetime64("NaT"), dtype="datetime64[ns]")
    limit = np.timedelta64(max_age_hours * 3600 * 10**9, "ns")
    o_item = orders["item_id"].to_numpy()
    o_time = orders["ordered_at"].to_numpy()
    histories = {k: g.sort_values("valid_from") for k, g in prices.groupby("item_id")}
    for k, pos in pd.Series(np.arange(n)).groupby(o_item):
        if k not in histories:
            continue
        h = histories[k]
        hv = h["valid_from"].to_numpy()
        hp = h["price"].to_numpy()
        pos = pos.to_numpy()
        t = o_time[pos]
        ok = ~np.isnat(t)
        pos, t = pos[ok], t[ok]
        j = np.searchsorted(hv, t, side="right") - 1
        found = j >= 0
        pos, t, j = pos[found], t[found], j[found]
        fresh = (t - hv[j]) <= limit
        price[pos[fresh]] = hp[j[fresh]]
        since[pos[fresh]] = hv[j[fresh]]
    return pd.DataFrame({"order_id": orders["order_id"].to_numpy(),
                         "item_id": o_item, "ordered_at": o_time,
                         "price": price, "price_since": since})
