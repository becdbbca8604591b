# verdict: Wrong Answer
# Sorts by category and revenue but not by product, so tied products come in input order.
import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    lines = sales.dropna(subset=["category"])
    lines = lines.assign(revenue=lines["quantity"] * lines["unit_price"])
    revenue = lines.groupby(["category", "product"], as_index=False, sort=False)["revenue"].sum()
    revenue["rank"] = revenue.groupby("category")["revenue"].rank(method="min",
                                                                  ascending=False)
    top = revenue[revenue["rank"] <= k].sort_values(["category", "rank"], kind="mergesort")
    return top.reset_index(drop=True)
