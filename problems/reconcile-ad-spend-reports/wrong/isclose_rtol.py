# verdict: Wrong Answer
# Uses np.isclose(p, i, atol=0.01), whose default rtol=1e-5 widens the slack to 0.01
# plus 1e-5 of the amount: on large amounts a difference of a few cents passes.
import pandas as pd


def reconcile_spend(platform: pd.DataFrame, internal: pd.DataFrame) -> pd.DataFrame:
    left = platform.rename(columns={"spend": "platform_spend"})
    right = internal.rename(columns={"spend": "internal_spend"})
    both = left.merge(right, on=["campaign_id", "day"], how="outer", indicator=True)
    p, i = both["platform_spend"], both["internal_spend"]
    issue = pd.Series([None] * len(both), index=both.index, dtype="object")
    issue[both["_merge"] == "left_only"] = "missing_internal"
    issue[both["_merge"] == "right_only"] = "missing_platform"
    import numpy as np
    differ = (~np.isclose(p, i, rtol=1e-05, atol=0.01) & p.notna() & i.notna()) | (p.isna() != i.isna())
    issue[(both["_merge"] == "both") & differ] = "amount_mismatch"
    out = both.assign(issue=issue)[issue.notna()]
    cols = ["campaign_id", "day", "platform_spend", "internal_spend", "issue"]
    return out[cols].reset_index(drop=True)
