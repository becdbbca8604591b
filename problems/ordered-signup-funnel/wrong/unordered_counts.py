# verdict: Wrong Answer
# Counts distinct users per step, ignoring whether the previous steps came first.
import numpy as np
import pandas as pd

STEPS = ["visit", "signup", "activate", "purchase"]


def signup_funnel(events: pd.DataFrame) -> pd.DataFrame:
    timed = events.dropna(subset=["at"])
    counts = [timed.loc[timed["step"] == s, "user_id"].nunique() for s in STEPS]
    users = np.array(counts, dtype="float64")
    previous = np.concatenate([[np.nan], users[:-1]])
    with np.errstate(divide="ignore", invalid="ignore"):
        from_prev = np.where(previous > 0, users / previous, np.nan)
        from_start = np.where(users[0] > 0, users / users[0], np.nan)
    return pd.DataFrame({"step": STEPS, "users": counts, "rate_from_previous": from_prev,
                         "rate_from_start": from_start})
