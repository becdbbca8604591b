import pandas as pd


def top_products(sales, k):
    lines = sales[sales["category"].notna()]
    revenue = (lines["quantity"] * lines["unit_price"]).groupby(
        [lines["category"], lines["product"]]).sum().rename("revenue").reset_index()
    parts = []
    for category, group in revenue.groupby("category"):
        best = group.nlargest(k, "revenue", keep="all").copy()
        best["rank"] = [int((group["revenue"] > r).sum()) + 1 for r in best["revenue"]]
        parts.append(best)
    if not parts:
        return pd.DataFrame({"category": pd.Series([], dtype=object),
                             "product": pd.Series([], dtype=object),
                             "revenue": pd.Series([], dtype="float64"),
                             "rank": pd.Series([], dtype="int64")})
    out = pd.concat(parts).sort_values(["category", "rank", "product"])
    return out.astype({"revenue": "float64", "rank": "int64"})
