# verdict: Wrong Answer
# Measures the offset in 30-day steps from the sign-up instead of calendar months.
import pandas as pd


def cohort_retention(users, activity, max_months):
    known = users.dropna(subset=["signup_at"])
    known = known.assign(cohort=known["signup_at"].dt.to_period("M").dt.start_time)
    sizes = known.groupby("cohort").size()
    counted = activity.merge(known, on="user_id")
    counted = counted[counted["active_at"] >= counted["signup_at"]]
    counted = counted.assign(
        months_since=(counted["active_at"] - counted["signup_at"]).dt.days // 30)
    counted = counted[counted["months_since"] <= max_months]
    active = counted.groupby(["cohort", "months_since"])["user_id"].nunique()
    grid = pd.MultiIndex.from_product([sizes.index, range(max_months + 1)],
                                      names=["cohort_month", "months_since"])
    out = pd.DataFrame(index=grid).reset_index()
    out["cohort_size"] = out["cohort_month"].map(sizes)
    out["active_users"] = active.reindex(grid, fill_value=0).to_numpy()
    out["retention"] = out["active_users"] / out["cohort_size"]
    return out
