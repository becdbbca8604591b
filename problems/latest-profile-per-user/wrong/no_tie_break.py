# verdict: Wrong Answer
# Sorts by time only, so equal timestamps are resolved by input order, not by update_id.
import pandas as pd


def latest_profiles(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values("updated_at", na_position="first", kind="mergesort")
    out = ordered.drop_duplicates("user_id", keep="last")
    return out[["user_id", "email", "plan", "updated_at"]]
