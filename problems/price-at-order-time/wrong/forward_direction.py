# verdict: Wrong Answer
# direction="forward": takes the next price change instead of the one in effect.
import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    timed = orders[orders["ordered_at"].notna()].sort_values("ordered_at")
    history = prices.rename(columns={"valid_from": "price_since"}).sort_values("price_since")
    joined = pd.merge_asof(timed, history, left_on="ordered_at", right_on="price_since",
                           by="item_id", direction="forward", tolerance=pd.Timedelta(hours=max_age_hours))
    joined.index = timed.index
    out = orders.copy()
    out["price"] = joined["price"]
    out["price_since"] = joined["price_since"]
    return out
