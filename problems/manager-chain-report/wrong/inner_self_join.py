# verdict: Wrong Answer
# Inner merges drop everyone without a known manager (and without a skip-level manager).
import pandas as pd


def manager_report(employees: pd.DataFrame) -> pd.DataFrame:
    m = employees.rename(columns={"emp_id": "m_id", "name": "manager_name",
                                  "manager_id": "m_manager", "salary": "m_salary"})
    out = employees.merge(m, left_on="manager_id", right_on="m_id")
    s = employees[["emp_id", "name"]].rename(columns={"emp_id": "s_id",
                                                      "name": "skip_manager_name"})
    out = out.merge(s, left_on="m_manager", right_on="s_id")
    out["salary_gap"] = out["salary"] - out["m_salary"]
    return out[["emp_id", "name", "manager_name", "skip_manager_name", "salary_gap"]]
