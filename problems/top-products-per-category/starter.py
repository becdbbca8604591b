import pandas as pd


def top_products(sales: pd.DataFrame, k: int) -> pd.DataFrame:
    # Columns: category, product, revenue, rank; sorted by category, rank, product.
    raise NotImplementedError
