import pandas as pd


def age_band_counts(applicants, edges, labels):
    order = list(labels) + ["out_of_range", "unknown"]
    age = applicants["age"]
    band = pd.cut(age, bins=edges, labels=labels, right=False)
    band = band.cat.set_categories(order, ordered=True)
    band = band.fillna("out_of_range")
    band[age.isna()] = "unknown"
    counts = band.value_counts(sort=False)        # every category, zeros included, in order
    out = counts.rename("applicants").rename_axis("band").reset_index()
    out["band"] = out["band"].astype("string")    # pandas' string dtype is text too
    out["share"] = (out["applicants"] / len(age)) if len(age) else 0.0
    return out
