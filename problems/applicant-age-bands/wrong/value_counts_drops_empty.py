# verdict: Wrong Answer
# value_counts on plain text labels has no row for an empty band.
import pandas as pd


def age_band_counts(applicants, edges, labels):
    age = applicants["age"]
    bands = pd.cut(age, bins=edges, labels=labels, right=False).astype(object)
    bands = bands.where(bands.notna(), "out_of_range").where(age.notna(), "unknown")
    counts = bands.value_counts()
    order = [b for b in list(labels) + ["out_of_range", "unknown"] if b in counts.index]
    out = pd.DataFrame({"band": order, "applicants": [int(counts[b]) for b in order]})
    out["share"] = out["applicants"] / max(len(applicants), 1)
    return out
