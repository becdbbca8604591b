import pandas as pd


def manager_report(employees: pd.DataFrame) -> pd.DataFrame:
    people = employees.assign(manager_id=employees["manager_id"].astype("Float64"))
    managers = people[["emp_id", "name", "manager_id", "salary"]].rename(columns={
        "emp_id": "m_id", "name": "manager_name", "manager_id": "m_manager",
        "salary": "m_salary"}).assign(m_id=lambda f: f["m_id"].astype("Float64"))
    out = people.merge(managers, left_on="manager_id", right_on="m_id", how="left")
    skips = people[["emp_id", "name"]].rename(columns={"emp_id": "s_id",
                                                      "name": "skip_manager_name"})
    skips = skips.assign(s_id=skips["s_id"].astype("Float64"))
    out = out.merge(skips, left_on="m_manager", right_on="s_id", how="left")
    gap = (out["salary"] - out["m_salary"]).astype("float64")
    result = pd.DataFrame({
        "emp_id": out["emp_id"].astype("int64"),
        "name": out["name"].astype("object"),
        "manager_name": out["manager_name"].astype("object"),
        "skip_manager_name": out["skip_manager_name"].astype("object"),
        "salary_gap": gap,
    })
    for column in ("manager_name", "skip_manager_name"):
        result[column] = result[column].where(result[column].notna(), None)
    return result
