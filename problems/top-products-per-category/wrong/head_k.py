# verdict: Wrong Answer
# Takes exactly k rows per category, cutting ties at the k-th place.
import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    lines = sales.dropna(subset=["category"])
    lines = lines.assign(revenue=lines["quantity"] * lines["unit_price"])
    revenue = lines.groupby(["category", "product"], as_index=False)["revenue"].sum()
    revenue = revenue.sort_values(["category", "revenue", "product"],
                                  ascending=[True, False, True])
    top = revenue.groupby("category").head(k).copy()
    top["rank"] = top.groupby("category")["revenue"].rank(method="min", ascending=False)
    return top.reset_index(drop=True)
