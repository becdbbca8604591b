# verdict: Wrong Answer
# groupby(...).last() takes each column's last non-missing value, so a cleared e-mail is
# filled from an older change.
import pandas as pd


def latest_profiles(updates):
    ordered = updates.sort_values(["user_id", "updated_at", "update_id"], na_position="first")
    return ordered.groupby("user_id", as_index=False)[["email", "plan", "updated_at"]].last()
