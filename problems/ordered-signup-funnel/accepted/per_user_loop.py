import pandas as pd

STEPS = ["visit", "signup", "activate", "purchase"]


def signup_funnel(events):
    timed = events[events["at"].notna() & events["step"].isin(STEPS)]
    counts = [0, 0, 0, 0]
    for _, group in timed.groupby("user_id"):
        t = None
        for k, step in enumerate(STEPS):
            times = group.loc[group["step"] == step, "at"]
            if t is not None:
                times = times[times >= t]
            if times.empty:
                break
            t = times.min()
            counts[k] += 1
    nan = float("nan")
    prev = [nan] + [counts[k] / counts[k - 1] if counts[k - 1] else nan for k in range(1, 4)]
    start = [c / counts[0] if counts[0] else nan for c in counts]
    return pd.DataFrame({"step": STEPS, "users": counts,
                         "rate_from_previous": prev, "rate_from_start": start})
