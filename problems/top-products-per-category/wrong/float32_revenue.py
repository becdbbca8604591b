# verdict: Wrong Answer
# Computes revenue in float32.
import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    lines = sales.dropna(subset=["category"])
    lines = lines.assign(revenue=lines["quantity"] * lines["unit_price"])
    revenue = lines.groupby(["category", "product"], as_index=False)["revenue"].sum()
    revenue["revenue"] = revenue["revenue"].astype("float32")
    revenue["rank"] = (revenue.groupby("category")["revenue"]
                       .rank(method="min", ascending=False).astype("int64"))
    top = revenue[revenue["rank"] <= k].sort_values(["category", "rank", "product"])
    return top[["category", "product", "revenue", "rank"]].reset_index(drop=True)
