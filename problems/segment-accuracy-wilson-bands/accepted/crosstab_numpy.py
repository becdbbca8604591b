import numpy as np
import pandas as pd

Z = 1.959963984540054


def segment_accuracy(predictions: pd.DataFrame) -> pd.DataFrame:
    seg = predictions["segment"].fillna("unknown").rename("segment")
    hit = (predictions["label"] == predictions["predicted"]).rename("hit")
    table = pd.crosstab(seg, hit).reindex(columns=[False, True], fill_value=0)
    n = table.sum(axis=1).to_numpy().astype(float)
    k = table[True].to_numpy().astype(float)
    p = np.divide(k, n, out=np.zeros_like(n), where=n > 0)
    z2 = Z * Z
    center = (k + z2 / 2) / (n + z2)
    half = Z * np.sqrt(n) / (n + z2) * np.sqrt(p * (1 - p) + z2 / (4 * n))
    out = pd.DataFrame({"segment": table.index.astype(object), "n": n, "correct": k,
                        "accuracy": p, "ci_low": center - half, "ci_high": center + half})
    out = out.sort_values("segment", kind="stable").sort_values("n", ascending=False,
                                                                kind="stable")
    return out.reset_index(drop=True)
