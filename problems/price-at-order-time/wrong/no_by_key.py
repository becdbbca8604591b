# verdict: Wrong Answer
# Forgets by="item_id": each order gets the latest price change of ANY item.
import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    timed = orders[orders["ordered_at"].notna()].sort_values("ordered_at")
    history = prices.rename(columns={"valid_from": "price_since"}).sort_values("price_since")
    joined = pd.merge_asof(timed, history[["price_since", "price"]], left_on="ordered_at",
                           right_on="price_since", tolerance=pd.Timedelta(hours=max_age_hours))
    joined.index = timed.index
    out = orders.copy()
    out["price"] = joined["price"]
    out["price_since"] = joined["price_since"]
    return out
