# verdict: Wrong Answer
# Micro-averages instead of macro-averaging: pooled TP, FP and FN over all classes, which
# makes all three averages equal to the accuracy.
import numpy as np


def classification_report(y_true, y_pred):
    labels = np.unique(np.concatenate([y_true, y_pred]))
    c = len(labels)
    t = np.searchsorted(labels, y_true)
    p = np.searchsorted(labels, y_pred)
    confusion = np.zeros((c, c), dtype=np.int64)
    np.add.at(confusion, (t, p), 1)
    tp = np.diag(confusion).astype(float)
    predicted, actual = confusion.sum(axis=0), confusion.sum(axis=1)
    precision = np.where(predicted > 0, tp / np.maximum(predicted, 1), 0.0)
    recall = np.where(actual > 0, tp / np.maximum(actual, 1), 0.0)
    s = precision + recall
    f1 = np.where(s > 0, 2 * precision * recall / np.where(s > 0, s, 1), 0.0)
    micro = float(tp.sum() / len(y_true))
    return {"labels": labels, "confusion": confusion, "precision": precision,
            "recall": recall, "f1": f1, "macro_precision": micro, "macro_recall": micro,
            "macro_f1": micro, "accuracy": micro}
