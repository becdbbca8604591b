# verdict: Wrong Answer
# Casts ages to whole years before binning: -0.5 becomes 0 and 17.5 becomes 17.
import pandas as pd


def age_band_counts(applicants: pd.DataFrame, edges: list[float],
                    labels: list[str]) -> pd.DataFrame:
    age = applicants["age"]
    age = age.where(age.isna(), age.fillna(0).astype("int64").astype("float64"))
    bands = pd.cut(age, bins=edges, labels=labels, right=False)
    names = bands.astype(object).where(bands.notna(), "out_of_range")
    names = names.where(age.notna(), "unknown")
    order = list(labels) + ["out_of_range", "unknown"]
    counts = pd.Categorical(names, categories=order).value_counts()
    total = len(applicants)
    out = pd.DataFrame({"band": pd.Series(order, dtype=object),
                        "applicants": counts.to_numpy().astype("int64")})
    out["share"] = out["applicants"] / total if total else 0.0
    return out
