# verdict: Wrong Answer
# Fills the missing keys with "" so that groupby keeps them, which merges every keyless record into one.
import pandas as pd

FIELDS = ["name", "phone", "country"]


def merge_contacts(contacts: pd.DataFrame, source_priority: list[str]) -> pd.DataFrame:
    df = contacts.copy()
    key = df["email"].fillna("").astype(str).str.strip().str.lower()
    df["_k"] = key
    df["email_key"] = key.where(key != "", None)
    df["_filled"] = df[FIELDS].notna().sum(axis=1)
    df["_prio"] = df["source"].map({s: i for i, s in enumerate(source_priority)})
    df = df.sort_values(["_filled", "updated_at", "_prio", "record_id"],
                        ascending=[False, False, True, True])
    df["merged_records"] = df.groupby("_k")["record_id"].transform("size")
    out = df.drop_duplicates("_k", keep="first")
    return out.drop(columns=["_k", "_filled", "_prio"])
