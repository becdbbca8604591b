# verdict: Wrong Answer
# Divides by the number of known ages (as value_counts(normalize=True) after dropna would), not by all rows.
import pandas as pd


def age_band_counts(applicants: pd.DataFrame, edges: list[float],
                    labels: list[str]) -> pd.DataFrame:
    age = applicants["age"]
    bands = pd.cut(age, bins=edges, labels=labels, right=False)
    names = bands.astype(object).where(bands.notna(), "out_of_range")
    names = names.where(age.notna(), "unknown")
    order = list(labels) + ["out_of_range", "unknown"]
    counts = pd.Categorical(names, categories=order).value_counts()
    total = int(age.notna().sum())
    out = pd.DataFrame({"band": pd.Series(order, dtype=object),
                        "applicants": counts.to_numpy().astype("int64")})
    out["share"] = out["applicants"] / total if total else 0.0
    return out
