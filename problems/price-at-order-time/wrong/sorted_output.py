# verdict: Wrong Answer
# Returns the merge_asof result as it comes out: sorted by time, not in the order of orders.
import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    timed = orders.dropna(subset=["ordered_at"]).sort_values("ordered_at")
    history = prices.rename(columns={"valid_from": "price_since"}).sort_values("price_since")
    joined = pd.merge_asof(timed, history, left_on="ordered_at", right_on="price_since",
                           by="item_id", tolerance=pd.Timedelta(hours=max_age_hours))
    lost = orders[orders["ordered_at"].isna()]
    return pd.concat([joined, lost], ignore_index=True)
