# verdict: Wrong Answer
# Counts correctly but lists the bands with groupby's alphabetical order.
import pandas as pd


def age_band_counts(applicants, edges, labels):
    age = applicants["age"]
    bands = pd.cut(age, bins=edges, labels=labels, right=False).astype(object)
    bands = bands.where(bands.notna(), "out_of_range").where(age.notna(), "unknown")
    order = list(labels) + ["out_of_range", "unknown"]
    counts = bands.value_counts().reindex(order, fill_value=0).sort_index()
    n = len(applicants)
    out = pd.DataFrame({"band": counts.index, "applicants": counts.to_numpy()})
    out["share"] = out["applicants"] / n if n else 0.0
    return out
