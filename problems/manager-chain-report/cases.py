import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def employees(rows):
    """rows: (emp_id, name, manager_id or None, salary or NaN)."""
    return pd.DataFrame({
        "emp_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "name": pd.Series([r[1] for r in rows], dtype="object"),
        "manager_id": pd.Series([r[2] for r in rows], dtype="Int64"),
        "salary": pd.Series([r[3] for r in rows], dtype="float64"),
    })


def report(rows):
    return pd.DataFrame({
        "emp_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "name": pd.Series([r[1] for r in rows], dtype="object"),
        "manager_name": pd.Series([r[2] for r in rows], dtype="object"),
        "skip_manager_name": pd.Series([r[3] for r in rows], dtype="object"),
        "salary_gap": pd.Series([r[4] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((employees([(1, "Rosa", None, 300.0), (2, "Ivan", 1, 200.0), (3, "Mei", 2, 210.0),
                     (4, "Omar", 2, 150.0)]),),
         expected=report([(1, "Rosa", None, None, NAN), (2, "Ivan", "Rosa", None, -100.0),
                          (3, "Mei", "Ivan", "Rosa", 10.0), (4, "Omar", "Ivan", "Rosa", -50.0)]),
         note="Rosa is at the top; Mei earns more than her manager"),
    Case((employees([(10, "Ana", None, NAN), (11, "Ana", 10, 90.0), (12, "Bo", 99, 80.0),
                     (13, "Cy", 11, 85.0)]),),
         expected=report([(10, "Ana", None, None, NAN), (11, "Ana", "Ana", None, NAN),
                          (12, "Bo", None, None, NAN), (13, "Cy", "Ana", "Ana", -5.0)]),
         note="a confidential salary gives NaN; manager 99 left the company; two Anas"),
]


def _random(rng, n, top_share, missing):
    ids = rng.sample(range(1, 10 * n + 10), n)
    names = ["Ana", "Bo", "Cy", "Dev", "Eve", "Fer", "Gia", "Hu"]
    rows = []
    for pos, eid in enumerate(ids):
        if pos == 0 or rng.random() < top_share:
            boss = None
        elif rng.random() < 0.05:
            boss = max(ids) + rng.randint(1, 5)      # a manager who left
        else:
            boss = ids[rng.randrange(pos)]           # someone earlier: no cycles
        # whole thousands (equal salaries are common) or any amount in cents
        salary = NAN if rng.random() < missing else rng.choice(
            [float(rng.randrange(50, 400) * 1000), rng.randrange(5_000_000, 40_000_000) / 100])
        rows.append((eid, rng.choice(names), boss, salary))
    rng.shuffle(rows)
    return (employees(rows),)


def generate(rng):
    return _random(rng, rng.randint(1, 80), rng.choice([0.0, 0.1]), rng.choice([0.0, 0.2]))


_rng = random.Random(6060)

HIDDEN = [
    Case((employees([]),), note="nobody"),
    Case((employees([(1, "Solo", None, 100.0)]),), note="a single founder"),
    Case((employees([(1, "A", 2, 10.0), (2, "B", 1, 20.0)]),),
         note="two people managing each other"),
    Case((employees([(5, "Self", 5, 10.0), (6, "Kid", 5, NAN)]),),
         note="someone listed as their own manager; a confidential report"),
    Case((employees([(1, "X", None, 100.0), (2, "Y", 1, 100.0), (3, "Z", 7, 100.0)]),),
         note="equal salaries give a gap of 0; an unknown manager"),
    Case((employees([(0, "Zed", None, 250000.0), (-1, "Neg", None, 1000.5),
                     (3, "Ama", 0, 52345.67), (4, "Bea", 3, 60000.25), (5, "Cal", 42, 70000.0),
                     (6, "Dia", -1, 999.99)]),),
         note="ids 0 and -1 exist (a missing manager is not id 0 or -1); salaries in cents: "
              "gaps of 7654.58, -197654.33 and -0.51"),
    Case((employees([(1, "Hana", None, 17333.0), (2, "Ivo", 1, 52000 / 3),
                     (3, "Jun", 1, 17333.000042)]),),
         note="salaries carry more than four decimals (a third of 52000): gaps of 0.333333... "
              "and 4.2e-05 must not be rounded"),
    Case(_random(_rng, 60, 0.1, 0.2), note="random small"),
    Case(_random(_rng, 4000, 0.02, 0.1), note="larger"),
]
