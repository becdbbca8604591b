# verdict: Wrong Answer
# Coalesces the group: fills the survivor's missing fields from the other records of its key.
import pandas as pd

FIELDS = ["name", "phone", "country"]


def merge_contacts(contacts: pd.DataFrame, source_priority: list[str]) -> pd.DataFrame:
    df = contacts.copy()
    key = df["email"].astype("object").str.strip().str.lower()
    df["email_key"] = key.where(key.notna() & (key != ""), None)
    df["_filled"] = df[FIELDS].notna().sum(axis=1)
    df["_prio"] = df["source"].map({s: i for i, s in enumerate(source_priority)})
    df = df.sort_values(["_filled", "updated_at", "_prio", "record_id"],
                        ascending=[False, False, True, True])
    keyed = df[df["email_key"].notna()]
    loose = df[df["email_key"].isna()].assign(merged_records=1)
    g = keyed.groupby("email_key")
    best = g.first().reset_index()          # first() skips missing values column by column
    best["record_id"] = g["record_id"].first().values
    best["merged_records"] = g.size().values
    out = pd.concat([best, loose], ignore_index=True)
    return out.drop(columns=["_filled", "_prio"])
