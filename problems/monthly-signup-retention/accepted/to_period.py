import pandas as pd


def cohort_retention(users, activity, max_months):
    known = users.dropna(subset=["signup_at"]).copy()
    known["cohort"] = known["signup_at"].dt.to_period("M")
    sizes = known.groupby("cohort").size()
    counted = activity.merge(known, on="user_id")
    counted = counted[counted["active_at"] >= counted["signup_at"]].copy()
    counted["months_since"] = pd.Series(
        [(a - c).n for a, c in zip(counted["active_at"].dt.to_period("M"), counted["cohort"])],
        index=counted.index, dtype="int64")
    counted = counted[counted["months_since"] <= max_months]
    rows = []
    active = counted.groupby(["cohort", "months_since"])["user_id"].nunique().to_dict()
    for cohort, size in sizes.items():
        for k in range(max_months + 1):
            n = active.get((cohort, k), 0)
            rows.append((cohort.to_timestamp(), k, size, n, n / size))
    return pd.DataFrame({
        "cohort_month": pd.Series([r[0] for r in rows], dtype="datetime64[ns]"),
        "months_since": pd.Series([r[1] for r in rows], dtype="int64"),
        "cohort_size": pd.Series([r[2] for r in rows], dtype="int64"),
        "active_users": pd.Series([r[3] for r in rows], dtype="int64"),
        "retention": pd.Series([r[4] for r in rows], dtype="float64"),
    })
