# verdict: Wrong Answer
# Uses a dense rank, so after a tie the next product gets rank 2 instead of 3.
import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    lines = sales.dropna(subset=["category"])
    lines = lines.assign(revenue=lines["quantity"] * lines["unit_price"])
    revenue = lines.groupby(["category", "product"], as_index=False)["revenue"].sum()
    revenue["rank"] = revenue.groupby("category")["revenue"].rank(method="dense",
                                                                  ascending=False)
    top = revenue[revenue["rank"] <= k].sort_values(["category", "rank", "product"])
    return top.reset_index(drop=True)
