# verdict: Wrong Answer
# Counts activity rows instead of distinct users, so a user active twice counts twice.
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
    active = counted.groupby(["cohort", "months_since"]).size()
    grid = pd.MultiIndex.from_product([sizes.index, range(max_months + 1)],
                                      names=["cohort", "months_since"])
    out = pd.DataFrame(index=grid).reset_index()
    out["cohort_size"] = out["cohort"].map(sizes)
    out["active_users"] = active.reindex(grid, fill_value=0).to_numpy()
    out["retention"] = out["active_users"] / out["cohort_size"]
    out["cohort_month"] = pd.to_datetime(pd.DataFrame(
        {"year": out["cohort"] // 12, "month": out["cohort"] % 12 + 1, "day": 1}))
    return out.drop(columns=["cohort"])
