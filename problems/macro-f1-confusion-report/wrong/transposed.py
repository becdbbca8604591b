# verdict: Wrong Answer
# Builds the confusion matrix with predictions as rows and truth as columns, so the matrix is
# transposed and precision and recall trade places.
import numpy as np


def classification_report(y_true, y_pred):
    labels = np.unique(np.concatenate([y_true, y_pred]))
    c = len(labels)
    t = np.searchsorted(labels, y_true)
    p = np.searchsorted(labels, y_pred)
    confusion = np.zeros((c, c), dtype=np.int64)
    np.add.at(confusion, (p, t), 1)
    tp = np.diag(confusion).astype(float)
    col, row = confusion.sum(axis=0), confusion.sum(axis=1)
    precision = np.where(col > 0, tp / np.maximum(col, 1), 0.0)
    recall = np.where(row > 0, tp / np.maximum(row, 1), 0.0)
    s = precision + recall
    f1 = np.where(s > 0, 2 * precision * recall / np.where(s > 0, s, 1), 0.0)
    return {"labels": labels, "confusion": confusion, "precision": precision,
            "recall": recall, "f1": f1, "macro_precision": float(precision.mean()),
            "macro_recall": float(recall.mean()), "macro_f1": float(f1.mean()),
            "accuracy": float(tp.sum() / len(y_true))}
