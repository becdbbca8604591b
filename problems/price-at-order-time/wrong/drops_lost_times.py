# verdict: Wrong Answer
# merge_asof refuses NaT keys, so the orders with a lost time are dropped from the answer.
import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    timed = orders.dropna(subset=["ordered_at"]).sort_values("ordered_at")
    history = prices.rename(columns={"valid_from": "price_since"}).sort_values("price_since")
    joined = pd.merge_asof(timed, history, left_on="ordered_at", right_on="price_since",
                           by="item_id", tolerance=pd.Timedelta(hours=max_age_hours))
    joined.index = timed.index
    return joined.loc[[i for i in orders.index if i in joined.index]]
