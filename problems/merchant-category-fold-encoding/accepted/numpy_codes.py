import numpy as np
import pandas as pd


def fold_target_encode(train: pd.DataFrame, m: float) -> pd.Series:
    cat_codes, _ = pd.factorize(train["merchant_category"], use_na_sentinel=False)
    fold_codes, folds = pd.factorize(train["fold"])
    y = train["is_fraud"].to_numpy(dtype=np.float64)
    n_cats, n_folds = cat_codes.max(initial=-1) + 1, len(folds)
    cell = cat_codes * n_folds + fold_codes
    sums = np.bincount(cell, weights=y, minlength=n_cats * n_folds).reshape(n_cats, n_folds)
    counts = np.bincount(cell, minlength=n_cats * n_folds).reshape(n_cats, n_folds)
    s = sums.sum(axis=1)[cat_codes] - sums[cat_codes, fold_codes]
    c = counts.sum(axis=1)[cat_codes] - counts[cat_codes, fold_codes]
    prior = (y.sum() - sums.sum(axis=0)[fold_codes]) / (len(y) - counts.sum(axis=0)[fold_codes])
    with np.errstate(invalid="ignore", divide="ignore"):
        value = np.where(c + m > 0, (s + m * prior) / (c + m), prior)
    return pd.Series(value, index=train.index, name="te", dtype="float64")
