# verdict: Wrong Answer
# Fills confidential salaries with 0 before subtracting, inventing a gap.
import pandas as pd


def manager_report(employees: pd.DataFrame) -> pd.DataFrame:
    people = employees.assign(salary=employees["salary"].fillna(0.0))
    m = people.rename(columns={"emp_id": "m_id", "name": "manager_name",
                               "manager_id": "m_manager", "salary": "m_salary"})
    out = people.merge(m, left_on="manager_id", right_on="m_id", how="left")
    s = people[["emp_id", "name"]].rename(columns={"emp_id": "s_id",
                                                   "name": "skip_manager_name"})
    out = out.merge(s, left_on="m_manager", right_on="s_id", how="left")
    out["salary_gap"] = out["salary"] - out["m_salary"]
    return out[["emp_id", "name", "manager_name", "skip_manager_name", "salary_gap"]]
