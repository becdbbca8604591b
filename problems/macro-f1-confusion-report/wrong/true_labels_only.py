# verdict: Wrong Answer
# Takes the label set from y_true alone, dropping classes that are only predicted (and their
# false positives) from the report and from the macro averages.
import numpy as np


def classification_report(y_true, y_pred):
    labels = np.unique(y_true)
    c = len(labels)
    confusion = np.zeros((c, c), dtype=np.int64)
    for a, b in zip(y_true.tolist(), y_pred.tolist(), strict=True):
        if b in labels:
            confusion[np.searchsorted(labels, a), np.searchsorted(labels, b)] += 1
    tp = np.diag(confusion).astype(float)
    predicted = confusion.sum(axis=0)
    actual = np.array([(y_true == v).sum() for v in labels])
    precision = np.where(predicted > 0, tp / np.maximum(predicted, 1), 0.0)
    recall = tp / actual
    s = precision + recall
    f1 = np.where(s > 0, 2 * precision * recall / np.where(s > 0, s, 1), 0.0)
    return {"labels": labels, "confusion": confusion, "precision": precision,
            "recall": recall, "f1": f1, "macro_precision": float(precision.mean()),
            "macro_recall": float(recall.mean()), "macro_f1": float(f1.mean()),
            "accuracy": float(tp.sum() / len(y_true))}
