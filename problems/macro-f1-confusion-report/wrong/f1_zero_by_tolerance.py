# verdict: Wrong Answer
# Sets F1 to 0 whenever P + R < 1e-4 (a tolerance in place of the stated exact zero): a class
# right once in 50000 predictions gets F1 0 instead of 2e-5.
import numpy as np


def classification_report(y_true, y_pred):
    labels = np.unique(np.concatenate([y_true, y_pred]))
    c = len(labels)
    index = {v: i for i, v in enumerate(labels.tolist())}
    confusion = np.zeros((c, c), dtype=np.int64)
    for t, p in zip(y_true.tolist(), y_pred.tolist(), strict=True):
        confusion[index[t], index[p]] += 1
    tp = np.diag(confusion).astype(float)
    fp = confusion.sum(axis=0) - tp
    fn = confusion.sum(axis=1) - tp
    precision = np.divide(tp, tp + fp, out=np.zeros(c), where=(tp + fp) > 0)
    recall = np.divide(tp, tp + fn, out=np.zeros(c), where=(tp + fn) > 0)
    s = precision + recall
    f1 = np.where(s < 1e-4, 0.0, 2 * precision * recall / np.where(s < 1e-4, 1.0, s))
    return {"labels": labels, "confusion": confusion, "precision": precision,
            "recall": recall, "f1": f1, "macro_precision": float(precision.mean()),
            "macro_recall": float(recall.mean()), "macro_f1": float(f1.mean()),
            "accuracy": float(tp.sum() / len(y_true))}
