import numpy as np
import pandas as pd


def merge_contacts(contacts, source_priority):
    df = contacts.reset_index(drop=True)
    key = df["email"].where(df["email"].map(lambda v: isinstance(v, str)))
    key = key.str.strip().str.lower().replace("", np.nan)
    filled = df[["name", "phone", "country"]].notna().sum(axis=1)
    prio = df["source"].map({s: i for i, s in enumerate(source_priority)})
    # rank each tie-break rule separately, then take the best row per key with a merge
    order = pd.DataFrame({"key": key, "f": -filled, "t": df["updated_at"].rank(ascending=False),
                          "p": prio, "r": df["record_id"]}).dropna(subset=["key"])
    order = order.sort_values(["key", "f", "t", "p", "r"])
    first = order.groupby("key", sort=False).head(1)
    sizes = order.groupby("key").size().rename("merged_records")
    winners = df.loc[first.index].assign(email_key=first["key"].values)
    winners = winners.merge(sizes, left_on="email_key", right_index=True, how="left")
    keyless = df[key.isna()].assign(email_key=None, merged_records=1)
    return pd.concat([winners, keyless], ignore_index=True)
