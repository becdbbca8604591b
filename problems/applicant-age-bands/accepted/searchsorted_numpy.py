import numpy as np
import pandas as pd


def age_band_counts(applicants, edges, labels):
    age = applicants["age"].to_numpy(dtype=float)
    k = len(labels)
    # side="right" puts an age equal to edges[i] after it: band i, left edge included
    idx = np.searchsorted(np.asarray(edges, dtype=float), age, side="right") - 1
    known = ~np.isnan(age)
    inside = known & (idx >= 0) & (idx < k)
    counts = np.bincount(idx[inside], minlength=k).tolist()
    counts += [int((known & ~inside).sum()), int((~known).sum())]
    n = len(age)
    return pd.DataFrame({"band": list(labels) + ["out_of_range", "unknown"],
                         "applicants": counts,
                         "share": [c / n if n else 0.0 for c in counts]})
