# verdict: Wrong Answer
# Compares the gap's .dt.seconds with 0, which is never negative: a step shortly
# before the previous one counts.
import numpy as np
import pandas as pd

STEPS = ["visit", "signup", "activate", "purchase"]


def signup_funnel(events: pd.DataFrame) -> pd.DataFrame:
    timed = events.dropna(subset=["at"])
    reached = timed[timed["step"] == STEPS[0]].groupby("user_id")["at"].min()
    counts = [len(reached)]
    for step in STEPS[1:]:
        prev = reached.rename("prev").rename_axis("user_id").reset_index()
        here = timed[timed["step"] == step].merge(prev, on="user_id", how="inner")
        here = here[(here["at"] - here["prev"]).dt.seconds >= 0]
        reached = here.groupby("user_id")["at"].min()
        counts.append(len(reached))
    users = np.array(counts, dtype="float64")
    previous = np.concatenate([[np.nan], users[:-1]])
    with np.errstate(divide="ignore", invalid="ignore"):
        from_prev = np.where(previous > 0, users / previous, np.nan)
        from_start = np.where(users[0] > 0, users / users[0], np.nan)
    return pd.DataFrame({
        "step": pd.Series(STEPS, dtype="object"),
        "users": pd.Series(counts, dtype="int64"),
        "rate_from_previous": pd.Series(from_prev, dtype="float64"),
        "rate_from_start": pd.Series(from_start, dtype="float64"),
    })
