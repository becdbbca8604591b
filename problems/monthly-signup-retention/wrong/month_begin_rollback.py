# verdict: Wrong Answer
# Finds the cohort month by subtracting MonthBegin(1): a sign-up at midnight on the first
# of a month rolls back to the previous month.
import pandas as pd


def cohort_retention(users, activity, max_months):
    known = users.dropna(subset=["signup_at"]).copy()
    known["cohort_month"] = (known["signup_at"] - pd.offsets.MonthBegin(1)).dt.normalize()
    sizes = known.groupby("cohort_month").size().rename("cohort_size")
    counted = activity.merge(known, on="user_id")
    counted = counted[counted["active_at"] >= counted["signup_at"]].copy()
    a = counted["active_at"]
    c = counted["cohort_month"]
    counted["months_since"] = (a.dt.year - c.dt.year) * 12 + (a.dt.month - c.dt.month)
    counted = counted[counted["months_since"] <= max_months]
    active = counted.groupby(["cohort_month", "months_since"])["user_id"].nunique()
    grid = pd.MultiIndex.from_product([sizes.index, range(max_months + 1)],
                                      names=["cohort_month", "months_since"])
    out = pd.DataFrame(index=grid).reset_index()
    out["cohort_size"] = out["cohort_month"].map(sizes).astype("int64")
    out["active_users"] = active.reindex(grid, fill_value=0).to_numpy().astype("int64")
    out["retention"] = out["active_users"] / out["cohort_size"]
    return out
