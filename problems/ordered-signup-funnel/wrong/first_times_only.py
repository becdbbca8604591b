# verdict: Wrong Answer
# Compares each step's *earliest* event with the previous step's, so a later repeat of a
# step that first happened too early is never considered.
import numpy as np
import pandas as pd

STEPS = ["visit", "signup", "activate", "purchase"]


def signup_funnel(events: pd.DataFrame) -> pd.DataFrame:
    timed = events.dropna(subset=["at"])
    first = timed[timed["step"].isin(STEPS)].pivot_table(index="user_id", columns="step",
                                                         values="at", aggfunc="min")
    first = first.reindex(columns=STEPS).astype("datetime64[ns]")
    ok = first["visit"].notna()
    counts = [int(ok.sum())]
    for before, step in zip(STEPS[:-1], STEPS[1:], strict=True):
        ok = ok & (first[step] >= first[before])
        counts.append(int(ok.sum()))
    users = np.array(counts, dtype="float64")
    previous = np.concatenate([[np.nan], users[:-1]])
    with np.errstate(divide="ignore", invalid="ignore"):
        from_prev = np.where(previous > 0, users / previous, np.nan)
        from_start = np.where(users[0] > 0, users / users[0], np.nan)
    return pd.DataFrame({"step": STEPS, "users": counts, "rate_from_previous": from_prev,
                         "rate_from_start": from_start})
