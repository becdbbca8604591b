# verdict: Wrong Answer
# Rounds the retention to four decimals.
import pandas as pd


def _month_index(ts: pd.Series) -> pd.Series:
    return ts.dt.year * 12 + ts.dt.month - 1


def cohort_retention(users: pd.DataFrame, activity: pd.DataFrame,
                     max_months: int) -> pd.DataFrame:
    known = users.dropna(subset=["signup_at"])
    known = known.assign(cohort=_month_index(known["signup_at"]).astype("int64"))
    sizes = known.groupby("cohort").size()
    counted = activity.merge(known, on="user_id", how="inner")
    counted = counted[counted["active_at"] >= counted["signup_at"]]
    counted = counted.assign(
        months_since=_month_index(counted["active_at"]).astype("int64") - counted["cohort"])
    counted = counted[counted["months_since"] <= max_months]
    active = counted.groupby(["cohort", "months_since"])["user_id"].nunique()
    grid = pd.MultiIndex.from_product([sizes.index, range(max_months + 1)],
                                      names=["cohort", "months_since"])
    table = pd.DataFrame(index=grid).reset_index()
    table["cohort_size"] = table["cohort"].map(sizes).astype("int64")
    table["active_users"] = active.reindex(grid, fill_value=0).to_numpy().astype("int64")
    table["retention"] = (table["active_users"] / table["cohort_size"]).round(4)
    table["cohort_month"] = pd.to_datetime(pd.DataFrame({
        "year": table["cohort"] // 12, "month": table["cohort"] % 12 + 1, "day": 1}))
    table["cohort_month"] = table["cohort_month"].astype("datetime64[ns]")
    table["months_since"] = table["months_since"].astype("int64")
    cols = ["cohort_month", "months_since", "cohort_size", "active_users", "retention"]
    return table[cols]
