# verdict: Time Limit Exceeded
# Scans the whole price table once per order.
import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    limit = pd.Timedelta(hours=max_age_hours)
    item = prices["item_id"]
    start = prices["valid_from"]
    got_price, got_since = [], []
    for it, when in zip(orders["item_id"], orders["ordered_at"]):
        if pd.isna(when):
            got_price.append(float("nan")); got_since.append(pd.NaT)
            continue
        cand = prices[(item == it) & (start <= when)]
        if len(cand) == 0:
            got_price.append(float("nan")); got_since.append(pd.NaT)
            continue
        row = cand.loc[cand["valid_from"].idxmax()]
        if when - row["valid_from"] <= limit:
            got_price.append(row["price"]); got_since.append(row["valid_from"])
        else:
            got_price.append(float("nan")); got_since.append(pd.NaT)
    out = orders.copy()
    out["price"] = pd.Series(got_price, index=orders.index, dtype="float64")
    out["price_since"] = pd.Series(got_since, index=orders.index, dtype="datetime64[ns]")
    return out
