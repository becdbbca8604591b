# verdict: Wrong Answer
# Ranks with the default method='average' and truncates with astype(int64): a tie of
# two keeps its rank (1.5 -> 1), a tie of three does not (2, 2, 2 instead of 1, 1, 1).
import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    lines = sales.dropna(subset=["category"])
    lines = lines.assign(revenue=lines["quantity"] * lines["unit_price"])
    revenue = lines.groupby(["category", "product"], as_index=False)["revenue"].sum()
    revenue["revenue"] = revenue["revenue"].astype("float64")
    revenue["rank"] = (revenue.groupby("category")["revenue"]
                       .rank(ascending=False).astype("int64"))
    top = revenue[revenue["rank"] <= k].sort_values(["category", "rank", "product"])
    return top[["category", "product", "revenue", "rank"]].reset_index(drop=True)
