# verdict: Wrong Answer
# Numbers rows with rank(method='first') on the input frame, which breaks salary ties
# by input order, not by hire date and id.
import pandas as pd


def salary_ranks(employees: pd.DataFrame) -> pd.DataFrame:
    known = employees.dropna(subset=["salary"]).copy()
    by_dept = known.groupby("department")["salary"]
    known["salary_rank"] = by_dept.rank(method="min", ascending=False).astype("int64")
    known["dense_rank"] = by_dept.rank(method="dense", ascending=False).astype("int64")
    known["row_number"] = by_dept.rank(method="first", ascending=False).astype("int64")
    cols = ["emp_id", "department", "salary", "salary_rank", "dense_rank", "row_number"]
    return known[cols].reset_index(drop=True)
