import numpy as np
import pandas as pd


def reconcile_spend(platform, internal):
    keys = ["campaign_id", "day"]
    p = platform.set_index(keys)["spend"].rename("platform_spend")
    i = internal.set_index(keys)["spend"].rename("internal_spend")
    both = pd.concat([p, i], axis=1)
    in_p = both.index.isin(p.index)
    in_i = both.index.isin(i.index)
    a, b = both["platform_spend"], both["internal_spend"]
    mismatch = np.where(a.isna() & b.isna(), False,
                        np.where(a.isna() | b.isna(), True, (a - b).abs() > 0.01))
    both["issue"] = np.select([in_p & ~in_i, in_i & ~in_p, in_p & in_i & mismatch],
                              ["missing_internal", "missing_platform", "amount_mismatch"],
                              default="")
    out = both[both["issue"] != ""].reset_index()
    out["issue"] = out["issue"].astype(object)
    return out[["campaign_id", "day", "platform_spend", "internal_spend", "issue"]]
