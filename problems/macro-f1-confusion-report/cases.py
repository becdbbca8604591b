import numpy as np

from judge.grading.authoring import Case, st


def _f(values) -> np.ndarray:
    return np.array(values, dtype=np.float64)


def _i(values) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _report(labels, confusion, precision, recall, f1, accuracy) -> dict:
    return {"labels": _i(labels), "confusion": _i(confusion), "precision": _f(precision),
            "recall": _f(recall), "f1": _f(f1),
            "macro_precision": sum(precision) / len(precision),
            "macro_recall": sum(recall) / len(recall),
            "macro_f1": sum(f1) / len(f1), "accuracy": accuracy}


SAMPLES = [
    Case((_i([0, 0, 1, 1, 1]), _i([0, 1, 1, 1, 0])),
         expected=_report([0, 1], [[1, 1], [1, 2]], [0.5, 2 / 3], [0.5, 2 / 3], [0.5, 2 / 3],
                          0.6),
         note="rows are true labels, columns predicted labels"),
    Case((_i([5, 5, 7]), _i([5, 9, 5])),
         expected=_report([5, 7, 9], [[1, 0, 1], [1, 0, 0], [0, 0, 0]],
                          [0.5, 0.0, 0.0], [0.5, 0.0, 0.0], [0.5, 0.0, 0.0], 1 / 3),
         note="9 is only predicted and 7 never predicted: both get 0 by the zero-division rules"),
]


def _random(seed: int, n: int, c: int, accuracy: float) -> tuple:
    rng = np.random.default_rng(seed)
    classes = np.sort(rng.choice(np.arange(-10**9, 10**9, 7919), size=c, replace=False))
    weights = rng.dirichlet(np.ones(c))
    y_true = rng.choice(classes, size=n, p=weights)
    noise = rng.choice(classes, size=n)
    y_pred = np.where(rng.random(n) < accuracy, y_true, noise)
    return y_true.astype(np.int64), y_pred.astype(np.int64)


def _almost_all_wrong(half: int) -> tuple:
    """Two classes of `half` rows each; every row predicted as the other class but one."""
    y_true = np.repeat(_i([4, 9]), half)
    y_pred = np.repeat(_i([9, 4]), half)
    y_pred[0], y_pred[half] = 4, 9
    return y_true, y_pred


HIDDEN = [
    Case((_i([3]), _i([3])), note="a single row, correct"),
    Case((_i([3]), _i([4])), note="a single row, wrong"),
    Case((_i([2, 2, 2, 2]), _i([2, 2, 2, 2])), note="a single class everywhere"),
    Case((_i([1, 1, 1, 1]), _i([0, 0, 0, 0])), note="everything wrong, two labels"),
    Case((_i([0, 1, 2, 0, 1, 2]), _i([0, 2, 1, 0, 0, 1])), note="three classes"),
    Case((_i([-5, -5, 10, 10, 10, 10, 10, 10]), _i([10, -5, 10, 10, 10, 10, 10, -5])),
         note="negative labels, imbalanced"),
    Case((_i([0, 0, 0, 0, 0, 0, 0, 0, 0, 1]), _i([0] * 10)),
         note="a rare class never predicted: macro F1 differs from accuracy"),
    Case((_i([1, 2, 3]), _i([4, 5, 6])), note="disjoint true and predicted labels"),
    Case(_almost_all_wrong(50000),
         note="each class right once in 50000 predictions: precision = recall = F1 = 2e-5, "
              "so P + R is small but not 0"),
    Case(_random(1, 200, 4, 0.6), note="random"),
    Case(_random(2, 100000, 50, 0.5), note="largest"),
]


def generate(rng):
    n = rng.randint(1, 100)
    c = rng.randint(1, 6)
    y_true = [rng.randint(0, c) for _ in range(n)]
    y_pred = [t if rng.random() < 0.5 else rng.randint(0, c) for t in y_true]
    return _i(y_true), _i(y_pred)


@st.composite
def _small(draw):
    n = draw(st.integers(1, 10))
    label = st.integers(-2, 2)
    return (_i(draw(st.lists(label, min_size=n, max_size=n))),
            _i(draw(st.lists(label, min_size=n, max_size=n))))


def arguments():
    return _small()


def invariant(args, result):
    y_true, _ = args
    confusion = np.asarray(result["confusion"])
    if int(confusion.sum()) != len(y_true):
        return "the confusion matrix must count every row once"
    for key in ("precision", "recall", "f1"):
        values = np.asarray(result[key], dtype=float)
        if not ((values >= 0) & (values <= 1)).all():
            return f"{key} must lie in [0, 1]"
    if not 0.0 <= result["macro_f1"] <= 1.0:
        return "macro_f1 must lie in [0, 1]"
    return None
