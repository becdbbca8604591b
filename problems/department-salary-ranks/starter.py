import pandas as pd


def salary_ranks(employees: pd.DataFrame) -> pd.DataFrame:
    # Columns: emp_id, department, salary, salary_rank, dense_rank, row_number.
    raise NotImplementedError
