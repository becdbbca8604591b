import pandas as pd


def merge_contacts(contacts: pd.DataFrame, source_priority: list[str]) -> pd.DataFrame:
    # One row per surviving record: the input columns plus email_key and merged_records.
    raise NotImplementedError
