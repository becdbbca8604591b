import pandas as pd


def reconcile_spend(platform: pd.DataFrame, internal: pd.DataFrame) -> pd.DataFrame:
    # Columns: campaign_id, day, platform_spend, internal_spend, issue.
    raise NotImplementedError
