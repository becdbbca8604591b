# verdict: Wrong Answer
# Fills a missing manager_id with 0 to get a plain int64 key: if an employee has id 0,
# everyone at the top is reported as their report.
import pandas as pd


def manager_report(employees):
    e = employees.copy()
    e["manager_id"] = e["manager_id"].fillna(0).astype("int64")
    name = dict(zip(e["emp_id"], e["name"]))
    boss = dict(zip(e["emp_id"], e["manager_id"]))
    pay = dict(zip(e["emp_id"], e["salary"]))
    out = pd.DataFrame({"emp_id": e["emp_id"], "name": e["name"]})
    out["manager_name"] = pd.Series([name.get(m) for m in e["manager_id"]], index=e.index, dtype=object)
    out["skip_manager_name"] = pd.Series([name.get(boss[m]) if m in boss else None for m in e["manager_id"]], index=e.index, dtype=object)
    out["salary_gap"] = [s - pay[m] if m in pay else float("nan")
                         for s, m in zip(e["salary"], e["manager_id"])]
    return out
