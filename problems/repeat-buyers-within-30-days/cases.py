import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("order_id", "INTEGER"), ("user_id", "INTEGER"), ("product_id", "INTEGER"),
           ("ordered_on", "TEXT"))


def tables(rows) -> tuple:
    return ({"orders": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("product_id", "buyers", "repeat_buyers", "repeat_rate"),
                     rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, 1, 100, "2024-03-01"), (2, 1, 100, "2024-03-31"), (3, 2, 100, "2024-03-01"),
                 (4, 2, 100, "2024-04-01"), (5, 3, 100, "2024-03-05"), (6, 3, 200, "2024-03-06"),
                 (7, 3, 200, "2024-03-06"), (8, None, 200, "2024-03-07"),
                 (9, None, 200, "2024-03-08")]),
         expected=result((100, 3, 1, 1 / 3), (200, 1, 0, 0.0)),
         note="user 1 is back after exactly 30 days, user 2 after 31; user 3 ordered "
              "product 200 twice on one day; guest orders are ignored"),
    Case(tables([(1, 5, 300, "2023-12-20"), (2, 5, 300, "2024-01-05"), (3, 5, 300, "2024-01-06"),
                 (4, 6, 300, "2024-01-06"), (5, None, 400, "2024-01-06")]),
         expected=result((300, 2, 1, 0.5)),
         note="user 5 came back twice but counts once; product 400 had only a guest buyer"),
]


def _random(rng: random.Random, n: int, n_users: int, n_products: int, span_days: int,
            start: datetime.date = datetime.date(2024, 1, 1)):
    rows = []
    for oid in range(1, n + 1):
        user = None if rng.random() < 0.05 else rng.randint(1, n_users)
        day = start + datetime.timedelta(days=rng.randint(0, span_days))
        rows.append((oid, user, rng.randint(1, n_products), day.isoformat()))
    return tables(rows)


_rng = random.Random(3030)

HIDDEN = [
    Case(tables([]), note="no orders"),
    Case(tables([(1, None, 1, "2024-01-01"), (2, None, 1, "2024-01-02")]),
         note="guests only: no rows"),
    Case(tables([(1, 1, 1, "2024-01-01")]), note="a single order"),
    Case(tables([(1, 1, 1, "2024-01-01"), (2, 1, 1, "2024-01-01"), (3, 1, 1, "2024-01-01")]),
         note="the same product three times on one day"),
    Case(tables([(1, 1, 1, "2024-02-15"), (2, 1, 1, "2024-01-16"), (3, 2, 1, "2024-01-16"),
                 (4, 2, 1, "2024-02-16"), (5, 3, 2, "2024-02-28"), (6, 3, 2, "2024-03-01")]),
         note="30 days back across February, listed out of order; a leap day gap"),
    Case(tables([(1, 1, 1, "2024-01-01"), (2, 1, 2, "2024-01-05"), (3, 2, 1, "2024-01-03"),
                 (4, 1, 1, "2024-01-20"), (5, 1, 1, "2024-01-25")]),
         note="the same user with two products"),
    Case(_random(_rng, 60, 8, 5, 90), note="random, small"),
    Case(_random(_rng, 4000, 300, 60, 365), note="larger"),
    Case(tables([(1, 1, 1, "2024-01-10"), (2, 1, 1, "2023-12-20"), (3, 2, 1, "2024-12-16"),
                 (4, 2, 1, "2025-01-15"), (5, 3, 2, "2024-12-15"), (6, 3, 2, "2025-01-15"),
                 (7, 4, 3, "2024-12-31"), (8, 4, 3, "2025-01-01")]),
         note="across year ends: 21 days over New Year 2024; 30 and 31 days over the end of "
              "the leap year 2024 (a day-of-year difference is off by one there); Dec 31 to "
              "Jan 1"),
    Case(tables([(1, 1, 1, "2023-06-01"), (2, 1, 1, "2024-06-10"), (3, 2, 1, "2024-01-05"),
                 (4, 2, 1, "2024-12-30"), (5, 3, 1, "2023-03-01"), (6, 3, 1, "2024-02-29")]),
         note="orders a year apart whose days of the year are close: nobody came back"),
    Case(_random(_rng, 600, 40, 8, 800, start=datetime.date(2023, 10, 1)),
         note="random, over two year ends and a leap day"),
]
