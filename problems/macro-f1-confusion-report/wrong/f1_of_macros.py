# verdict: Wrong Answer
# Computes macro F1 as the harmonic mean of macro precision and macro recall instead of the
# mean of the per-class F1 scores.
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
    mp, mr = float(precision.mean()), float(recall.mean())
    macro_f1 = 2 * mp * mr / (mp + mr) if mp + mr > 0 else 0.0
    return {"labels": labels, "confusion": confusion, "precision": precision,
            "recall": recall, "f1": f1, "macro_precision": mp, "macro_recall": mr,
            "macro_f1": macro_f1, "accuracy": float(tp.sum() / len(y_true))}
