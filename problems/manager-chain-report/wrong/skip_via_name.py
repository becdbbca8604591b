# verdict: Wrong Answer
# Finds the skip-level manager by looking the manager up by name, which breaks when two
# people share a name.
import pandas as pd


def manager_report(employees: pd.DataFrame) -> pd.DataFrame:
    m = employees.rename(columns={"emp_id": "m_id", "name": "manager_name",
                                  "manager_id": "m_manager", "salary": "m_salary"})
    out = employees.merge(m, left_on="manager_id", right_on="m_id", how="left")
    by_name = employees.drop_duplicates("name")[["name", "manager_id"]].rename(
        columns={"name": "manager_name", "manager_id": "via_name"})
    out = out.merge(by_name, on="manager_name", how="left")
    s = employees[["emp_id", "name"]].rename(columns={"emp_id": "s_id",
                                                      "name": "skip_manager_name"})
    out = out.merge(s, left_on="via_name", right_on="s_id", how="left")
    out["salary_gap"] = out["salary"] - out["m_salary"]
    return out[["emp_id", "name", "manager_name", "skip_manager_name", "salary_gap"]]
