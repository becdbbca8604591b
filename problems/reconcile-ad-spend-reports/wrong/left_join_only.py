# verdict: Wrong Answer
# A left merge from the platform side never finds pairs that only the ledger has.
import pandas as pd


def reconcile_spend(platform: pd.DataFrame, internal: pd.DataFrame) -> pd.DataFrame:
    both = platform.merge(internal, on=["campaign_id", "day"], how="left",
                          suffixes=("_p", "_i"), indicator=True)
    p, i = both["spend_p"], both["spend_i"]
    issue = pd.Series([None] * len(both), index=both.index, dtype="object")
    issue[both["_merge"] == "left_only"] = "missing_internal"
    differ = ((p - i).abs() > 0.01) | (p.isna() != i.isna())
    issue[(both["_merge"] == "both") & differ] = "amount_mismatch"
    out = both.assign(issue=issue)[issue.notna()]
    out = out.rename(columns={"spend_p": "platform_spend", "spend_i": "internal_spend"})
    return out[["campaign_id", "day", "platform_spend", "internal_spend", "issue"]]
