# verdict: Wrong Answer
# idxmax picks the first maximal row in input order and fails when a user has only NaT.
import pandas as pd


def latest_profiles(updates: pd.DataFrame) -> pd.DataFrame:
    dated = updates.dropna(subset=["updated_at"])
    idx = dated.groupby("user_id")["updated_at"].idxmax()
    return dated.loc[idx, ["user_id", "email", "plan", "updated_at"]]
