import pandas as pd


def metric_summary(daily, min_days):
    wide = daily.set_index(["experiment", "variant", "day"])[["views", "clicks", "orders"]]
    long = wide.stack(future_stack=True).dropna().rename("value").reset_index()
    long = long.rename(columns={long.columns[3]: "metric"})
    g = long.groupby(["experiment", "variant", "metric"])["value"]
    out = pd.DataFrame({"days": g.count(), "total": g.sum(), "peak": g.max()}).reset_index()
    out["mean"] = out["total"] / out["days"]
    out["metric"] = out["metric"].astype(object)
    return out.loc[out["days"] >= min_days]
