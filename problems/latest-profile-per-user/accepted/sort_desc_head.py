import pandas as pd


def latest_profiles(updates):
    ordered = updates.sort_values(["updated_at", "update_id"], ascending=False,
                                  na_position="last")
    return ordered.groupby("user_id").head(1)[["user_id", "email", "plan", "updated_at"]]
