import pandas as pd


def manager_report(employees):
    ids = employees["emp_id"]
    name = pd.Series(employees["name"].values, index=ids)
    boss = pd.Series(employees["manager_id"].values, index=ids)
    pay = pd.Series(employees["salary"].values, index=ids)
    m = employees["manager_id"].astype("float64")
    skip = m.map(boss.astype("float64"))
    out = pd.DataFrame({"emp_id": ids, "name": employees["name"]})
    out["manager_name"] = m.map(name).astype(object)
    out["skip_manager_name"] = skip.map(name).astype(object)
    out["manager_name"] = out["manager_name"].where(out["manager_name"].notna(), None)
    out["skip_manager_name"] = out["skip_manager_name"].where(out["skip_manager_name"].notna(), None)
    out["salary_gap"] = employees["salary"] - m.map(pay)
    return out
