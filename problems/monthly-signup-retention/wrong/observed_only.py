# verdict: Wrong Answer
# Lists only the (cohort, offset) pairs that had activity, leaving out the zero rows.
import pandas as pd


def cohort_retention(users, activity, max_months):
    known = users.dropna(subset=["signup_at"])
    idx = known["signup_at"].dt.year * 12 + known["signup_at"].dt.month - 1
    known = known.assign(cohort=idx)
    sizes = known.groupby("cohort").size()
    counted = activity.merge(known, on="user_id")
    counted = counted[counted["active_at"] >= counted["signup_at"]]
    act = counted["active_at"].dt.year * 12 + counted["active_at"].dt.month - 1
    counted = counted.assign(months_since=act - counted["cohort"])
    counted = counted[counted["months_since"] <= max_months]
    out = counted.groupby(["cohort", "months_since"], as_index=False).agg(
        active_users=("user_id", "nunique"))
    out["cohort_size"] = out["cohort"].map(sizes)
    out["retention"] = out["active_users"] / out["cohort_size"]
    out["cohort_month"] = pd.to_datetime(pd.DataFrame(
        {"year": out["cohort"] // 12, "month": out["cohort"] % 12 + 1, "day": 1}))
    return out.drop(columns=["cohort"])
