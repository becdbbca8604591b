import pandas as pd


def embargo_split(events: pd.DataFrame, cut: str, gap_minutes: int) -> pd.DataFrame:
    # The kept rows with a `split` column ("train" or "test"), by ts then event_id.
    raise NotImplementedError
