import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("day", "TEXT"), ("search", "INTEGER"), ("social", "INTEGER"), ("email", "INTEGER"))


def tables(rows) -> tuple:
    return ({"daily_spend": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("channel", "day", "spend", "cumulative_spend", "spend_rank"),
                     rows=tuple(rows))


SAMPLES = [
    Case(tables([("2024-03-01", 120, 80, None), ("2024-03-02", 90, None, 15),
                 ("2024-03-03", 120, 40, 0)]),
         expected=result(("email", "2024-03-02", 15, 15, 1), ("email", "2024-03-03", 0, 15, 2),
                         ("search", "2024-03-01", 120, 120, 1),
                         ("search", "2024-03-02", 90, 210, 2),
                         ("search", "2024-03-03", 120, 330, 1),
                         ("social", "2024-03-01", 80, 80, 1),
                         ("social", "2024-03-03", 40, 120, 2)),
         note="NULL cells give no row, a 0 does; search ties at 120"),
    Case(tables([("2024-01-02", 50, None, None), ("2024-01-01", 70, None, None),
                 ("2024-01-03", 50, None, 20)]),
         expected=result(("email", "2024-01-03", 20, 20, 1),
                         ("search", "2024-01-01", 70, 70, 1),
                         ("search", "2024-01-02", 50, 120, 2),
                         ("search", "2024-01-03", 50, 170, 2)),
         note="the sheet is not sorted by day; social has no data at all"),
]


def _random(rng: random.Random, n_days: int, values: list[int], null_share: float):
    start = datetime.date(2020, 1, 1)
    days = sorted(rng.sample(range(4 * n_days), n_days))
    rng.shuffle(days)
    rows = []
    for d in days:
        cells = [None if rng.random() < null_share else rng.choice(values) for _ in range(3)]
        rows.append(((start + datetime.timedelta(days=d)).isoformat(), *cells))
    return tables(rows)


_rng = random.Random(5150)

HIDDEN = [
    Case(tables([]), note="empty sheet"),
    Case(tables([("2024-02-29", None, None, None)]), note="one day with no data"),
    Case(tables([("2024-02-29", 0, 0, 0), ("2024-03-01", 0, 0, 0)]), note="all zero spends"),
    Case(tables([("2023-12-31", 5, 5, 5), ("2024-01-01", 5, 7, 3), ("2024-01-02", 9, 7, 3)]),
         note="ties in every channel across a year boundary"),
    Case(_random(_rng, 40, [0, 10, 20, 30], 0.3), note="random, many ties"),
    Case(_random(_rng, 3000, list(range(0, 100001, 250)), 0.15), note="larger"),
]
