import pandas as pd


def price_at_order(orders: pd.DataFrame, prices: pd.DataFrame, max_age_hours: int) -> pd.DataFrame:
    # Remember each row's position, join the timed rows, put the lost ones back, re-sort.
    work = orders.reset_index(drop=True)
    work["pos"] = range(len(work))
    timed = work.dropna(subset=["ordered_at"]).sort_values(["ordered_at", "pos"])
    history = prices.sort_values("valid_from")
    joined = pd.merge_asof(timed, history, left_on="ordered_at", right_on="valid_from",
                           by="item_id", direction="backward", allow_exact_matches=True)
    too_old = joined["ordered_at"] - joined["valid_from"] > pd.Timedelta(hours=max_age_hours)
    joined["price"] = joined["price"].mask(too_old)
    joined["valid_from"] = joined["valid_from"].mask(too_old)
    lost = work[work["ordered_at"].isna()]
    out = pd.concat([joined, lost]).sort_values("pos")
    out = out.rename(columns={"valid_from": "price_since"})
    out["price"] = out["price"].astype("float64")
    out["price_since"] = pd.to_datetime(out["price_since"]).astype("datetime64[ns]")
    return out[["order_id", "item_id", "ordered_at", "price", "price_since"]]
