import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def _dates(values):
    """ISO strings (None for a missing date) as a datetime64[ns] column."""
    return pd.Series(pd.to_datetime(values, format="ISO8601"), dtype="datetime64[ns]")


def customers(rows):
    """rows: (customer_id, name) pairs."""
    return pd.DataFrame({
        "customer_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "name": pd.Series([r[1] for r in rows], dtype="object"),
    })


def orders(rows):
    """rows: (order_id, customer_id, amount or NaN, 'YYYY-MM-DD[ HH:MM]') tuples."""
    return pd.DataFrame({
        "order_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "customer_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "amount": pd.Series([r[2] for r in rows], dtype="float64"),
        "order_date": _dates([r[3] for r in rows]),
    })


def summary(rows):
    """rows: (customer_id, name, order_count, total_amount, avg_amount, last_order or None)."""
    return pd.DataFrame({
        "customer_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "name": pd.Series([r[1] for r in rows], dtype="object"),
        "order_count": pd.Series([r[2] for r in rows], dtype="int64"),
        "total_amount": pd.Series([r[3] for r in rows], dtype="float64"),
        "avg_amount": pd.Series([r[4] for r in rows], dtype="float64"),
        "last_order": _dates([r[5] for r in rows]),
    })


SAMPLES = [
    Case((customers([(1, "Ana"), (2, "Ben"), (3, "Cleo")]),
          orders([(101, 1, 20.0, "2024-03-01"), (102, 1, NAN, "2024-03-05"),
                  (103, 2, 15.5, "2024-02-10"), (104, 1, 10.0, "2024-01-20")])),
         expected=summary([(1, "Ana", 3, 30.0, 15.0, "2024-03-05"),
                           (2, "Ben", 1, 15.5, 15.5, "2024-02-10"),
                           (3, "Cleo", 0, 0.0, NAN, None)]),
         note="a missing amount still counts as an order; Cleo has none"),
    Case((customers([(7, "Dee"), (8, "Dee")]),
          orders([(1, 8, NAN, "2024-05-01"), (2, 9, 50.0, "2024-05-02"),
                  (3, 7, 12.25, "2024-04-30"), (4, 7, 7.75, "2024-04-30")])),
         expected=summary([(7, "Dee", 2, 20.0, 10.0, "2024-04-30"),
                           (8, "Dee", 1, 0.0, NAN, "2024-05-01")]),
         note="two customers share a name; customer 9 is unknown"),
]


def _random_case(rng: random.Random, n_customers: int, n_orders: int, missing: float):
    ids = rng.sample(range(1, 10 * n_customers + 10), n_customers)
    names = ["Ana", "Ben", "Cleo", "Dee", "Eli", "Fay", "Gus", "Hal"]
    cust = customers([(i, rng.choice(names)) for i in ids])
    pool = ids + [max(ids, default=0) + k for k in (1, 2, 3)]   # a few unknown customers
    day0 = pd.Timestamp("2023-01-01")
    rows = []
    for order_id in range(1, n_orders + 1):
        amount = NAN if rng.random() < missing else round(rng.uniform(0, 500), 2)
        when = day0 + pd.Timedelta(minutes=rng.randrange(0, 60 * 24 * 400))
        rows.append((order_id, rng.choice(pool), amount, str(when)))
    return cust, orders(rows)


def generate(rng):
    return _random_case(rng, rng.randint(1, 60), rng.randint(0, 400), rng.choice([0.0, 0.2, 0.6]))


_rng = random.Random(4117)

HIDDEN = [
    Case((customers([(5, "Ivy"), (6, "Jon")]), orders([])), note="no orders at all"),
    Case((customers([]), orders([(1, 1, 3.0, "2024-01-01")])), note="no customers"),
    Case((customers([]), orders([])), note="both tables empty"),
    Case((customers([(1, "Kim"), (2, "Lou")]),
          orders([(1, 1, NAN, "2024-02-02"), (2, 1, NAN, "2024-02-01"),
                  (3, 2, 0.0, "2024-02-03")])),
         note="every amount of a customer missing; a zero amount is not missing"),
    Case((customers([(3, "Max"), (1, "Max"), (2, "Max")]),
          orders([(10, 2, 1.0, "2024-06-01 10:00"), (11, 2, 2.0, "2024-06-01 09:59"),
                  (12, 3, 4.5, "2024-06-02"), (13, 3, 4.5, "2024-06-02")])),
         note="one name for everyone; equal timestamps"),
    Case((customers([(1, "Ned")]),
          orders([(i, 1, 0.1, "2024-01-01") for i in range(1, 11)])),
         note="float sums: ten times 0.1"),
    Case(_random_case(_rng, 50, 300, 0.3), note="random, 30% missing"),
    Case(_random_case(_rng, 2000, 20000, 0.1), note="larger, many unknown customers"),
    Case(_random_case(_rng, 20000, 100000, 0.05), note="largest"),
]
