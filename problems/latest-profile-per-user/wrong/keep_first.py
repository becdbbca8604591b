# verdict: Wrong Answer
# Keeps the earliest change of each user instead of the latest.
import pandas as pd


def latest_profiles(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["user_id", "updated_at", "update_id"], na_position="first")
    out = ordered.drop_duplicates("user_id", keep="first")
    return out[["user_id", "email", "plan", "updated_at"]]
