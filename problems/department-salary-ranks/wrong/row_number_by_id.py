# verdict: Wrong Answer
# Breaks salary ties by emp_id only, ignoring the hire date.
import pandas as pd


def salary_ranks(employees: pd.DataFrame) -> pd.DataFrame:
    known = employees.dropna(subset=["salary"]).copy()
    by_dept = known.groupby("department")["salary"]
    known["salary_rank"] = by_dept.rank(method="min", ascending=False)
    known["dense_rank"] = by_dept.rank(method="dense", ascending=False)
    known = known.sort_values(["department", "salary", "emp_id"],
                              ascending=[True, False, True])
    known["row_number"] = known.groupby("department").cumcount() + 1
    return known.drop(columns=["hired_on"])
