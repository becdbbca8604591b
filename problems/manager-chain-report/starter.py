import pandas as pd


def manager_report(employees: pd.DataFrame) -> pd.DataFrame:
    # Columns: emp_id, name, manager_name, skip_manager_name, salary_gap.
    raise NotImplementedError
