# verdict: Wrong Answer
# Applies the rules in the wrong order: the latest record first, then the number of fields.
import pandas as pd

FIELDS = ["name", "phone", "country"]


def merge_contacts(contacts: pd.DataFrame, source_priority: list[str]) -> pd.DataFrame:
    df = contacts.copy()
    key = df["email"].astype("object").str.strip().str.lower()
    df["email_key"] = key.where(key.notna() & (key != ""), None)
    df["_filled"] = df[FIELDS].notna().sum(axis=1)
    df["_prio"] = df["source"].map({s: i for i, s in enumerate(source_priority)})
    keyed = df[df["email_key"].notna()]
    loose = df[df["email_key"].isna()].assign(merged_records=1)
    keyed = keyed.sort_values(["updated_at", "_filled", "_prio", "record_id"],
                              ascending=[False, False, True, True])
    sizes = keyed.groupby("email_key")["record_id"].transform("size")
    keyed = keyed.assign(merged_records=sizes)
    best = keyed.drop_duplicates("email_key", keep="first")
    out = pd.concat([best, loose], ignore_index=True)
    out["merged_records"] = out["merged_records"].astype("int64")
    columns = ["record_id", "source", "email", "name", "phone", "country", "updated_at",
               "email_key", "merged_records"]
    return out[columns].reset_index(drop=True)
