# F1 from the counts, 2 TP / (2 TP + FP + FN): never 0 / 0 for a class in the label set;
# the confusion matrix counted with a dict of label positions.
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
    f1 = 2 * tp / (2 * tp + fp + fn)
    return {"labels": labels, "confusion": confusion, "precision": precision,
            "recall": recall, "f1": f1, "macro_precision": float(precision.mean()),
            "macro_recall": float(recall.mean()), "macro_f1": float(f1.mean()),
            "accuracy": float(tp.sum() / len(y_true))}
