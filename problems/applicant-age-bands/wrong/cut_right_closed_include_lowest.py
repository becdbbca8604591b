# verdict: Wrong Answer
# Uses right=True with include_lowest=True: edges[0] is kept but every inner edge goes to the band below and edges[-1] is counted.
import pandas as pd


def age_band_counts(applicants: pd.DataFrame, edges: list[float],
                    labels: list[str]) -> pd.DataFrame:
    age = applicants["age"]
    bands = pd.cut(age, bins=edges, labels=labels, include_lowest=True)
    names = bands.astype(object).where(bands.notna(), "out_of_range")
    names = names.where(age.notna(), "unknown")
    order = list(labels) + ["out_of_range", "unknown"]
    counts = pd.Categorical(names, categories=order).value_counts()
    total = len(applicants)
    out = pd.DataFrame({"band": pd.Series(order, dtype=object),
                        "applicants": counts.to_numpy().astype("int64")})
    out["share"] = out["applicants"] / total if total else 0.0
    return out
