# verdict: Wrong Answer
# An inner merge only sees pairs present in both reports, so missing rows go unreported.
import pandas as pd


def reconcile_spend(platform: pd.DataFrame, internal: pd.DataFrame) -> pd.DataFrame:
    both = platform.merge(internal, on=["campaign_id", "day"], suffixes=("_p", "_i"))
    p, i = both["spend_p"], both["spend_i"]
    bad = ((p - i).abs() > 0.01) | (p.isna() != i.isna())
    out = both[bad].rename(columns={"spend_p": "platform_spend", "spend_i": "internal_spend"})
    return out.assign(issue="amount_mismatch")
