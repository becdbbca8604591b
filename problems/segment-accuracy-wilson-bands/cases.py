import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def predictions(rows):
    """rows: (request_id, segment or None/NaN, label, predicted) tuples."""
    return pd.DataFrame({
        "request_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "segment": pd.Series([r[1] for r in rows], dtype="object"),
        "label": pd.Series([r[2] for r in rows], dtype="int64"),
        "predicted": pd.Series([r[3] for r in rows], dtype="int64"),
    })


def result(rows):
    """rows: (segment, n, correct, accuracy, ci_low, ci_high) in the required order."""
    return pd.DataFrame({
        "segment": pd.Series([r[0] for r in rows], dtype="object"),
        "n": pd.Series([r[1] for r in rows], dtype="int64"),
        "correct": pd.Series([r[2] for r in rows], dtype="int64"),
        "accuracy": pd.Series([r[3] for r in rows], dtype="float64"),
        "ci_low": pd.Series([r[4] for r in rows], dtype="float64"),
        "ci_high": pd.Series([r[5] for r in rows], dtype="float64"),
    })


def _rows(segment_outcomes, rng=None, first_id=1):
    """segment_outcomes: list of (segment, [(label, predicted), ...]); rows shuffled if rng."""
    rows = []
    for segment, pairs in segment_outcomes:
        for label, pred in pairs:
            rows.append([segment, label, pred])
    if rng is not None:
        rng.shuffle(rows)
    return [(first_id + i, s, l, p) for i, (s, l, p) in enumerate(rows)]


SAMPLES = [
    Case((predictions([
        (101, "smb", 1, 1), (102, "enterprise", 0, 0), (103, None, 1, 0),
        (104, "smb", 0, 1), (105, "enterprise", 1, 1), (106, "smb", 0, 0),
        (107, None, 0, 0), (108, "enterprise", 0, 0)]),),
         expected=result([
             ("enterprise", 3, 3, 1.0, 0.4385029682449545, 1.0),
             ("smb", 3, 2, 2 / 3, 0.20765960080204773, 0.9385080552796038),
             ("unknown", 2, 1, 0.5, 0.09453120573423071, 0.9054687942657693),
         ]),
         note="a right answer is `label == predicted`, also when both are 0; the two rows "
              "without a segment form the segment `\"unknown\"`; `enterprise` and `smb` tie "
              "on `n = 3` and are ordered by name"),
    Case((predictions([
        (1, "vip", 1, 0), (2, NAN, 1, 1), (3, "trial", 0, 1), (4, "trial", 1, 0)]),),
         expected=result([
             ("trial", 2, 0, 0.0, 0.0, 0.6576197724933469),
             ("unknown", 1, 1, 1.0, 0.20654931437723742, 1.0),
             ("vip", 1, 0, 0.0, 0.0, 0.7934506856227626),
         ]),
         note="`unknown` ties with `vip` on `n = 1` and comes first because "
              "`\"unknown\" < \"vip\"`; with 0 right answers the interval starts at 0"),
]


SEGMENTS = ["smb", "enterprise", "edu", "gov", "trial", "vip", "mid-market", "zz-partner",
            "SMB", "smb ", "agency", "uk"]


def _random_case(rng: random.Random, n_rows: int, n_segments: int, missing: float):
    names = rng.sample(SEGMENTS, min(n_segments, len(SEGMENTS)))
    skill = {s: rng.choice([0.0, 1.0, 0.5, rng.random(), rng.random()]) for s in names}
    skill[None] = rng.random()
    weights = [rng.random() ** 2 + 0.01 for _ in names]
    rows = []
    for i in range(n_rows):
        seg = None if rng.random() < missing else rng.choices(names, weights)[0]
        label = rng.randint(0, 1)
        pred = label if rng.random() < skill[seg] else 1 - label
        rows.append((i + 1, seg if seg is not None else rng.choice([None, NAN]), label, pred))
    rng.shuffle(rows)
    return (predictions(rows),)


def generate(rng):
    return _random_case(rng, rng.choice([50, 2000, 100000]), rng.randint(1, 12),
                        rng.choice([0.0, 0.05, 0.4]))


_rng = random.Random(30117)

HIDDEN = [
    Case((predictions([]),), note="empty table"),
    Case((predictions([(5, "gov", 0, 0)]),), note="one row, right (both 0)"),
    Case((predictions([(5, "gov", 1, 0)]),), note="one row, wrong"),
    Case((predictions([(9, None, 1, 1)]),), note="one row without a segment"),
    Case((predictions([(1, None, 1, 1), (2, NAN, 0, 1), (3, None, 0, 0)]),),
         note="every segment missing (None and NaN both mean missing)"),
    Case((predictions(_rows([("vip", [(1, 1), (0, 0)]), (None, [(1, 0), (0, 0)]),
                             ("abc", [(0, 1), (1, 1)]), ("trial", [(1, 1), (1, 1)])],
                            random.Random(1))),),
         note="four segments tie on n = 2: abc, trial, unknown, vip"),
    Case((predictions(_rows([("zz-partner", [(1, 1)] * 3), (None, [(0, 0)] * 3),
                             ("edu", [(1, 0)] * 5)], random.Random(2))),),
         note="unknown ties with a name after it and stays in alphabetical place"),
    Case((predictions(_rows([("smb", [(1, 1), (0, 1)]), ("SMB", [(0, 0)]),
                             ("smb ", [(1, 0), (1, 0), (0, 0)])], random.Random(3))),),
         note="names that differ only in case or a trailing space are different segments"),
    Case((predictions(_rows([("edu", [(0, 0)] * 40), ("gov", [(1, 0)] * 40),
                             ("uk", [(0, 0)] * 20 + [(1, 0)] * 20)], random.Random(4))),),
         note="accuracy 1, 0 and one half at n = 40"),
    Case((predictions(_rows([("agency", [(0, 0)] * 7 + [(1, 0)] * 3),
                             ("mid-market", [(1, 1)] * 1 + [(0, 1)] * 9),
                             (None, [(1, 1)] * 11)], random.Random(5))),),
         note="unsorted ids, segments of 10, 10 and 11 rows"),
    Case((predictions(_rows([("smb", [(1, 1)] * 60000 + [(0, 1)] * 39999),
                             ("vip", [(0, 1)])], random.Random(6))),),
         note="a segment of 99,999 rows next to a segment of one"),
    Case(_random_case(_rng, 300, 6, 0.2), note="random, 20% missing segments"),
    Case(_random_case(_rng, 100000, 12, 0.03), note="largest"),
]
