# verdict: Wrong Answer
# Rounds the difference to cents before comparing: a difference of 0.011 rounds to
# 0.01 and is not reported.
import pandas as pd


def reconcile_spend(platform: pd.DataFrame, internal: pd.DataFrame) -> pd.DataFrame:
    left = platform.rename(columns={"spend": "platform_spend"})
    right = internal.rename(columns={"spend": "internal_spend"})
    both = left.merge(right, on=["campaign_id", "day"], how="outer", indicator=True)
    p, i = both["platform_spend"], both["internal_spend"]
    issue = pd.Series([None] * len(both), index=both.index, dtype="object")
    issue[both["_merge"] == "left_only"] = "missing_internal"
    issue[both["_merge"] == "right_only"] = "missing_platform"
    differ = ((p - i).abs().round(2) > 0.01) | (p.isna() != i.isna())
    issue[(both["_merge"] == "both") & differ] = "amount_mismatch"
    out = both.assign(issue=issue)[issue.notna()]
    cols = ["campaign_id", "day", "platform_spend", "internal_spend", "issue"]
    return out[cols].reset_index(drop=True)
