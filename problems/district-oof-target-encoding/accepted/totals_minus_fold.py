import numpy as np


def oof_target_encode(districts, targets, folds, m):
    y = np.asarray(targets, dtype=np.float64)
    _, codes = np.unique(np.array(districts, dtype=object), return_inverse=True)
    fold_ids, fcodes = np.unique(np.asarray(folds), return_inverse=True)
    k, nf = codes.max() + 1, len(fold_ids)
    cell = fcodes * k + codes
    fold_cat_sum = np.bincount(cell, weights=y, minlength=nf * k).reshape(nf, k)
    fold_cat_cnt = np.bincount(cell, minlength=nf * k).reshape(nf, k).astype(np.float64)
    other_sum = fold_cat_sum.sum(axis=0)[None, :] - fold_cat_sum
    other_cnt = fold_cat_cnt.sum(axis=0)[None, :] - fold_cat_cnt
    fold_sum, fold_cnt = fold_cat_sum.sum(axis=1), fold_cat_cnt.sum(axis=1)
    prior = (y.sum() - fold_sum) / (len(y) - fold_cnt)
    s, c, p = other_sum[fcodes, codes], other_cnt[fcodes, codes], prior[fcodes]
    denom = c + m
    safe = np.where(denom > 0, denom, 1.0)
    return np.where(denom > 0, (s + m * p) / safe, p)
