# verdict: Wrong Answer
# Orders by hire date and id first, then sorts by salary alone with the default
# quicksort, which is not stable, so the hire-date order of tied salaries is lost.
import pandas as pd


def salary_ranks(employees: pd.DataFrame) -> pd.DataFrame:
    known = employees.dropna(subset=["salary"]).copy()
    by_dept = known.groupby("department")["salary"]
    known["salary_rank"] = by_dept.rank(method="min", ascending=False).astype("int64")
    known["dense_rank"] = by_dept.rank(method="dense", ascending=False).astype("int64")
    known = known.sort_values(["hired_on", "emp_id"]).sort_values("salary", ascending=False)
    known["row_number"] = known.groupby("department").cumcount().astype("int64") + 1
    cols = ["emp_id", "department", "salary", "salary_rank", "dense_rank", "row_number"]
    return known[cols].reset_index(drop=True)
