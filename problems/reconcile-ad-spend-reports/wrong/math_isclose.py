# verdict: Wrong Answer
# Uses math.isclose(p, i, abs_tol=0.01), whose default rel_tol=1e-9 adds a cent and
# more on amounts in the tens of millions.
import pandas as pd


def reconcile_spend(platform: pd.DataFrame, internal: pd.DataFrame) -> pd.DataFrame:
    left = platform.rename(columns={"spend": "platform_spend"})
    right = internal.rename(columns={"spend": "internal_spend"})
    both = left.merge(right, on=["campaign_id", "day"], how="outer", indicator=True)
    p, i = both["platform_spend"], both["internal_spend"]
    issue = pd.Series([None] * len(both), index=both.index, dtype="object")
    issue[both["_merge"] == "left_only"] = "missing_internal"
    issue[both["_merge"] == "right_only"] = "missing_platform"
    import math
    differ = (pd.Series([not math.isclose(a, b, abs_tol=0.01) for a, b in zip(p, i)], index=both.index, dtype=bool) & p.notna() & i.notna()) | (p.isna() != i.isna())
    issue[(both["_merge"] == "both") & differ] = "amount_mismatch"
    out = both.assign(issue=issue)[issue.notna()]
    cols = ["campaign_id", "day", "platform_spend", "internal_spend", "issue"]
    return out[cols].reset_index(drop=True)
