import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("order_id", "INTEGER"), ("store_id", "INTEGER"), ("order_date", "TEXT"),
           ("amount", "INTEGER"))


def tables(rows) -> tuple:
    """rows: (order_id, store_id, order_date, amount)."""
    return ({"orders": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("store_id", "order_date", "day_revenue", "avg_revenue_7d"),
                     rows=tuple(rows))


def numbered(rows, start=1):
    """(store_id, order_date, amount) rows with order ids start, start + 1, ..."""
    return [(start + i, *row) for i, row in enumerate(rows)]


SAMPLES = [
    Case(tables([(1, 1, "2024-03-01", 1200), (2, 1, "2024-03-01", 800),
                 (3, 1, "2024-03-02", None), (4, 1, "2024-03-04", 500),
                 (5, 1, "2024-03-07", 1000), (6, 1, "2024-03-08", -300),
                 (7, 1, "2024-03-08", 700)]),
         expected=result((1, "2024-03-01", 2000, None), (1, "2024-03-02", 0, None),
                         (1, "2024-03-04", 500, None), (1, "2024-03-07", 1000, 500.0),
                         (1, "2024-03-08", 400, 1900 / 7)),
         note="March 7 is six days after the first order, so its window (March 1-7) is "
              "full: 3500 / 7; March 8's window is March 2-8, and March 1 has left it. "
              "March 2 had only a failed payment; March 3, 5 and 6 have no rows but still "
              "count as days"),
    Case(tables([(10, 2, "2024-01-15", 900), (11, 5, "2024-02-29", 250),
                 (12, 2, "2023-12-28", 300), (13, 2, "2024-01-02", 400),
                 (14, 2, "2024-01-15", 100)]),
         expected=result((2, "2023-12-28", 300, None), (2, "2024-01-02", 400, None),
                         (2, "2024-01-15", 1000, 1000 / 7), (5, "2024-02-29", 250, None)),
         note="store 2's January 15 window (January 9-15) holds only that day; store 5 has "
              "a single day"),
]


def _random(rng: random.Random, n: int, n_stores: int, first: datetime.date, span_days: int,
            open_share: float, null_share: float):
    stores = rng.sample(range(1, 1000), n_stores)
    open_days = {s: [d for d in range(span_days) if rng.random() < open_share] or [0]
                 for s in stores}
    ids = rng.sample(range(1, 50 * n + 10), n)
    rows = []
    for oid in ids:
        store = rng.choice(stores)
        day = first + datetime.timedelta(days=rng.choice(open_days[store]))
        roll = rng.random()
        if roll < null_share:
            amount = None
        elif roll < null_share + 0.05:
            amount = -rng.randint(1, 100000)
        else:
            amount = rng.choice([rng.randint(1, 5000), rng.randint(1, 1000000)])
        rows.append((oid, store, day.isoformat(), amount))
    return tables(rows)


def generate(rng):
    first = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 2400))
    return _random(rng, rng.randint(0, 250), rng.randint(1, 5), first, rng.randint(5, 60),
                   rng.choice([0.3, 0.6, 0.95]), rng.choice([0.0, 0.1, 0.3]))


_rng = random.Random(7007)

HIDDEN = [
    Case(tables([]), note="no orders"),
    Case(tables([(1, 3, "2022-06-15", 4999)]), note="one order"),
    Case(tables([(1, 3, "2022-06-15", None)]), note="one failed payment: revenue 0"),
    Case(tables(numbered([(4, "2021-05-01", None), (4, "2021-05-07", None),
                          (4, "2021-05-08", None), (4, "2021-05-13", 700),
                          (4, "2021-05-20", None)])),
         note="windows of failed payments only average 0.0, not NULL; a window of one "
              "earlier order and then one with none"),
    Case(tables(numbered([(7, "2023-04-01", 700), (7, "2023-04-07", 70), (7, "2023-04-08", 7),
                          (7, "2023-04-14", 1), (7, "2023-04-15", 2), (7, "2023-04-22", 4)])),
         note="dates exactly 6 and 7 days apart: six days back is inside the window, seven "
              "is outside"),
    Case(tables(numbered([(9, f"2024-01-{d:02d}", a) for d in range(1, 8)
                          for a in (100 * d, 10 * d, d)])),
         note="seven consecutive days with three orders each"),
    Case(tables(numbered([(1, "2023-12-26", 100), (1, "2023-12-29", 200), (1, "2024-01-01", 400),
                          (1, "2024-01-02", 800), (1, "2024-01-04", 1600),
                          (2, "2024-02-23", 10), (2, "2024-02-28", 20), (2, "2024-02-29", 40),
                          (2, "2024-03-01", 80), (2, "2024-03-06", 160),
                          (3, "2023-02-23", 10), (3, "2023-02-28", 20), (3, "2023-03-01", 40),
                          (3, "2023-03-02", 80), (3, "2023-03-07", 160)])),
         note="windows over New Year, over the leap day of 2024 and over the end of "
              "February 2023"),
    Case(tables(numbered([(8, "2020-01-01", 1000000), (8, "2020-01-01", 1000000),
                          (8, "2020-01-03", -100000), (8, "2020-01-07", -100000),
                          (8, "2020-01-08", -100000), (8, "2020-01-09", 3),
                          (8, "2026-12-31", 1000000), (8, "2026-12-25", -7)])),
         note="the largest and most negative amounts; the first and last dates allowed; "
              "revenue that goes negative"),
    Case(tables([(50, 20, "2024-05-01", 70), (49, 10, "2024-05-09", 7), (48, 20, "2024-05-09", 140),
                 (47, 10, "2024-04-25", 700), (46, 30, "2024-04-20", 1),
                 (45, 10, "2024-05-02", 14)]),
         note="stores interleaved and out of order; one store's first order is not the "
              "table's first"),
    Case(_random(_rng, 120, 3, datetime.date(2021, 12, 20), 30, 0.5, 0.2),
         note="random, three stores, a month over New Year"),
    Case(_random(_rng, 5000, 30, datetime.date(2024, 1, 1), 400, 0.4, 0.1),
         note="largest: 5,000 orders, 30 stores over a year and a leap day, many closed days"),
    Case(_random(_rng, 5000, 4, datetime.date(2020, 11, 1), 60, 0.9, 0.05),
         note="largest: 5,000 orders from 4 stores over two months, many orders a day"),
]
