# verdict: Wrong Answer
# Default na_position puts NaT after every real time, so an undated change "wins".
import pandas as pd


def latest_profiles(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["user_id", "updated_at", "update_id"])
    out = ordered.drop_duplicates("user_id", keep="last")
    return out[["user_id", "email", "plan", "updated_at"]]
