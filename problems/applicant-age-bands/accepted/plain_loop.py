import math

import pandas as pd


def age_band_counts(applicants, edges, labels):
    counts = {name: 0 for name in list(labels) + ["out_of_range", "unknown"]}
    for a in applicants["age"].tolist():
        if math.isnan(a):
            counts["unknown"] += 1
            continue
        for i, name in enumerate(labels):
            if edges[i] <= a < edges[i + 1]:
                counts[name] += 1
                break
        else:
            counts["out_of_range"] += 1
    n = len(applicants)
    return pd.DataFrame([(b, c, c / n if n else 0.0) for b, c in counts.items()],
                        columns=["band", "applicants", "share"])
