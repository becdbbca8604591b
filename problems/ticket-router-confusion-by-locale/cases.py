import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def routed(rows):
    """rows: (ticket_id, locale, actual, predicted or None) tuples."""
    return pd.DataFrame({
        "ticket_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "locale": pd.Series([r[1] for r in rows], dtype="object"),
        "actual": pd.Series([r[2] for r in rows], dtype="object"),
        "predicted": pd.Series([r[3] for r in rows], dtype="object"),
    })


def result(rows):
    """rows: (locale, queue, tp, fp, fn, tn, precision, recall) in the required order."""
    cols = ["locale", "queue", "tp", "fp", "fn", "tn", "precision", "recall"]
    dtypes = ["object", "object"] + ["int64"] * 4 + ["float64"] * 2
    return pd.DataFrame({c: pd.Series([r[i] for r in rows], dtype=d)
                         for i, (c, d) in enumerate(zip(cols, dtypes))})


def _rows(groups, rng, first_id=1):
    """groups: list of (locale, actual, predicted, count); the rows come out shuffled."""
    rows = [[loc, a, p] for loc, a, p, k in groups for _ in range(k)]
    rng.shuffle(rows)
    return routed([(first_id + i, loc, a, p) for i, (loc, a, p) in enumerate(rows)])


SAMPLES = [
    Case((routed([(1, "fr-FR", "billing", "billing"), (2, "de-DE", "tech", "billing"),
                  (3, "de-DE", "billing", None), (4, "fr-FR", "tech", "tech"),
                  (5, "de-DE", "tech", "tech")]),
          ["tech", "billing", "account"]),
         expected=result([
             ("de-DE", "tech", 1, 0, 1, 1, 1.0, 0.5),
             ("de-DE", "billing", 0, 1, 1, 1, 0.0, 0.0),
             ("de-DE", "account", 0, 0, 0, 3, NAN, NAN),
             ("fr-FR", "tech", 1, 0, 0, 1, 1.0, 1.0),
             ("fr-FR", "billing", 1, 0, 0, 1, 1.0, 1.0),
             ("fr-FR", "account", 0, 0, 0, 2, NAN, NAN),
         ]),
         note="ticket 3 was not routed (`predicted` is missing): a miss for `billing`, a true "
              "negative for the other queues; nobody ever wrote about `account`, yet it gets "
              "a row per locale with undefined precision and recall; queues follow the order "
              "of `classes`, not the alphabet"),
    Case((routed([(10, "en-US", "refund", "shipping"), (11, "en-US", "shipping", "shipping"),
                  (12, "en-US", "refund", "shipping")]),
          ["refund", "shipping"]),
         expected=result([
             ("en-US", "refund", 0, 0, 2, 1, NAN, 0.0),
             ("en-US", "shipping", 1, 2, 0, 0, 1 / 3, 1.0),
         ]),
         note="`refund` is never predicted, so its precision is undefined (`NaN`, not 0) while "
              "its recall is 0 / 2"),
]

QUEUES = ["billing", "tech", "account", "refund", "shipping", "abuse", "sales", "legal"]
LOCALES = ["de-DE", "en-GB", "en-US", "en-us", "es-419", "es-ES", "fr-CA", "fr-FR", "it-IT",
           "ja-JP", "nl-NL", "pl-PL", "pt-BR", "pt-PT", "sv-SE", "zh-CN", "zh-TW", "ko-KR",
           "tr-TR", "ar-EG"]


def _random_case(rng: random.Random, n_rows: int, n_locales: int, n_classes: int,
                 abstain: float):
    classes = rng.sample(QUEUES, n_classes)
    seen = classes[:max(1, n_classes - rng.randint(0, 2))]   # a class may never occur
    locales = rng.sample(LOCALES, n_locales)
    skill = rng.choice([0.2, 0.6, 0.9])
    rows = []
    for i in range(n_rows):
        actual = rng.choice(seen)
        r = rng.random()
        if r < abstain:
            pred = None
        elif r < abstain + skill:
            pred = actual
        else:
            pred = rng.choice(seen)
        rows.append((i + 1, rng.choice(locales), actual, pred))
    rng.shuffle(rows)
    return routed(rows), classes


def generate(rng):
    return _random_case(rng, rng.choice([40, 3000, 100000]), rng.randint(1, 20),
                        rng.randint(1, 8), rng.choice([0.0, 0.1]))


_rng = random.Random(7305)

HIDDEN = [
    Case((routed([]), ["tech", "billing"]), note="empty table"),
    Case((routed([(1, "it-IT", "tech", "tech")]), ["tech"]), note="one row, one queue"),
    Case((routed([(4, "it-IT", "tech", None)]), ["billing", "tech"]),
         note="one row, not routed"),
    Case((_rows([("pt-BR", "abuse", None, 3), ("pt-PT", "abuse", "abuse", 1)],
                random.Random(1)), ["sales", "abuse"]),
         note="no ticket of one locale was routed; sales never occurs"),
    Case((_rows([("ja-JP", "legal", "sales", 2), ("ja-JP", "sales", "sales", 1),
                 ("ko-KR", "sales", "legal", 3)], random.Random(2)),
          ["tech", "sales", "legal", "abuse"]),
         note="a queue predicted but never actual: recall undefined, precision 0"),
    Case((_rows([("zh-TW", "tech", "billing", 4), ("zh-CN", "billing", "tech", 1),
                 ("zh-CN", "tech", "tech", 2)], random.Random(3)),
          ["tech", "billing"]),
         note="confusions in both directions: actual and predicted must not be swapped"),
    Case((_rows([("en-US", "tech", "tech", 2), ("en-us", "tech", "billing", 1),
                 ("EN-US", "billing", "billing", 1)], random.Random(4)),
          ["billing", "tech"]),
         note="locales that differ only in case are different locales (uppercase sorts first)"),
    Case((_rows([("sv-SE", q, q, 1) for q in QUEUES], random.Random(5)),
          list(reversed(QUEUES))),
         note="classes given in reverse alphabetical order"),
    Case((_rows([("fr-CA", "refund", "refund", 5), ("fr-CA", "shipping", None, 2),
                 ("fr-CA", "shipping", "refund", 1), ("es-419", "refund", None, 1)],
                random.Random(6)),
          ["shipping", "refund", "billing"]),
         note="missed tickets still count in tn for the other queues"),
    Case(_random_case(_rng, 500, 5, 6, 0.15), note="random, 15% not routed"),
    Case(_random_case(_rng, 100000, 20, 8, 0.05), note="largest"),
]
