import pandas as pd


def latest_profiles(updates: pd.DataFrame) -> pd.DataFrame:
    ordered = updates.sort_values(["user_id", "updated_at", "update_id"],
                                  na_position="first", kind="mergesort")
    latest = ordered.drop_duplicates("user_id", keep="last")
    return latest[["user_id", "email", "plan", "updated_at"]].reset_index(drop=True)
