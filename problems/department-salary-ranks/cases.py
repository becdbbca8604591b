import random

import pandas as pd

from judge.grading.authoring import Case


def employees(rows):
    """rows: (emp_id, department, salary or None, 'YYYY-MM-DD')."""
    return pd.DataFrame({
        "emp_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "department": pd.Series([r[1] for r in rows], dtype="object"),
        "salary": pd.Series([r[2] for r in rows], dtype="Int64"),
        "hired_on": pd.Series(pd.to_datetime(pd.Series([r[3] for r in rows], dtype="object")),
                              dtype="datetime64[ns]"),
    })


def ranks(rows):
    """rows: (emp_id, department, salary, salary_rank, dense_rank, row_number)."""
    return pd.DataFrame({
        "emp_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "department": pd.Series([r[1] for r in rows], dtype="object"),
        "salary": pd.Series([r[2] for r in rows], dtype="Int64"),
        "salary_rank": pd.Series([r[3] for r in rows], dtype="int64"),
        "dense_rank": pd.Series([r[4] for r in rows], dtype="int64"),
        "row_number": pd.Series([r[5] for r in rows], dtype="int64"),
    })


SAMPLES = [
    Case((employees([(1, "data", 150, "2020-03-01"), (2, "data", 130, "2019-01-15"),
                     (3, "data", 150, "2021-07-01"), (4, "data", 120, "2018-02-01"),
                     (5, "ops", 90, "2022-01-01")]),),
         expected=ranks([(1, "data", 150, 1, 1, 1), (3, "data", 150, 1, 1, 2),
                         (2, "data", 130, 3, 2, 3), (4, "data", 120, 4, 3, 4),
                         (5, "ops", 90, 1, 1, 1)]),
         note="a tie at the top: ranks 1, 1, 3, 4 versus dense 1, 1, 2, 3"),
    Case((employees([(10, "ml", 200, "2023-05-01"), (11, "ml", None, "2015-01-01"),
                     (12, "ml", 200, "2023-05-01"), (13, "ml", 180, "2016-09-09")]),),
         expected=ranks([(10, "ml", 200, 1, 1, 1), (12, "ml", 200, 1, 1, 2),
                         (13, "ml", 180, 3, 2, 3)]),
         note="a missing salary is dropped; equal salary and hire date fall back to emp_id"),
]


def _random(rng, n, depts, salary_levels, missing):
    names = ["data", "ml", "ops", "sales", "legal", "infra", "design"][:depts]
    day0 = pd.Timestamp("2015-01-01")
    rows = []
    for eid in rng.sample(range(1, 10 * n + 10), n):
        salary = None if rng.random() < missing else 1000 * rng.randint(50, 50 + salary_levels)
        hired = str((day0 + pd.Timedelta(days=rng.randrange(300))).date())
        rows.append((eid, rng.choice(names), salary, hired))
    return (employees(rows),)


def generate(rng):
    return _random(rng, rng.randint(0, 120), rng.randint(1, 7), rng.randint(1, 20),
                   rng.choice([0.0, 0.2]))


_rng = random.Random(2468)

HIDDEN = [
    Case((employees([]),), note="no employees"),
    Case((employees([(1, "solo", None, "2020-01-01")]),), note="only a missing salary"),
    Case((employees([(3, "x", 100, "2020-01-01"), (1, "x", 100, "2020-01-01"),
                     (2, "x", 100, "2019-12-31")]),),
         note="everyone tied"),
    Case((employees([(1, "a", 300, "2020-01-01"), (2, "a", None, "2020-01-01"),
                     (3, "a", 200, "2020-01-01"), (4, "b", 300, "2020-01-01"),
                     (5, "b", 300, "2021-01-01"), (6, "b", 100, "2019-01-01")]),),
         note="two departments, a gap after the tie"),
    Case(_random(_rng, 80, 3, 6, 0.2), note="random, many ties"),
    Case(_random(_rng, 4000, 7, 40, 0.1), note="larger"),
]
