# verdict: Wrong Answer
# Computes the "dense" rank with method="min", which leaves gaps after ties.
import pandas as pd


def salary_ranks(employees: pd.DataFrame) -> pd.DataFrame:
    known = employees.dropna(subset=["salary"]).copy()
    by_dept = known.groupby("department")["salary"]
    known["salary_rank"] = by_dept.rank(method="min", ascending=False)
    known["dense_rank"] = by_dept.rank(method="min", ascending=False)
    known = known.sort_values(["department", "salary", "hired_on", "emp_id"],
                              ascending=[True, False, True, True])
    known["row_number"] = known.groupby("department").cumcount() + 1
    return known.drop(columns=["hired_on"])
