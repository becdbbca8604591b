# verdict: Wrong Answer
# Bins with searchsorted but lets an age equal to edges[-1] into the last band.
import numpy as np
import pandas as pd


def age_band_counts(applicants, edges, labels):
    age = applicants["age"].to_numpy()
    k = len(labels)
    idx = np.searchsorted(np.asarray(edges, dtype=float), age, side="right") - 1
    idx = np.where(age == edges[-1], k - 1, idx)
    known = ~np.isnan(age)
    inside = known & (idx >= 0) & (idx < k)
    counts = np.bincount(idx[inside], minlength=k).tolist()
    counts += [int((known & ~inside).sum()), int((~known).sum())]
    n = len(age)
    return pd.DataFrame({"band": list(labels) + ["out_of_range", "unknown"],
                         "applicants": counts,
                         "share": [c / n if n else 0.0 for c in counts]})
