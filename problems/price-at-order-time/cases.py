import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def _dates(values):
    """ISO strings (None for a missing time) as a datetime64[ns] column."""
    return pd.Series(pd.to_datetime(pd.Series(list(values), dtype="object"), format="ISO8601"),
                     dtype="datetime64[ns]")


def orders(rows):
    """rows: (order_id, item_id, time or None)."""
    return pd.DataFrame({
        "order_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "item_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "ordered_at": _dates([r[2] for r in rows]),
    })


def prices(rows):
    """rows: (item_id, valid_from, price or NaN)."""
    return pd.DataFrame({
        "item_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "valid_from": _dates([r[1] for r in rows]),
        "price": pd.Series([r[2] for r in rows], dtype="float64"),
    })


def priced(rows):
    """rows: (order_id, item_id, ordered_at, price, price_since) in the order of `orders`."""
    out = orders([r[:3] for r in rows])
    out["price"] = pd.Series([r[3] for r in rows], dtype="float64")
    out["price_since"] = _dates([r[4] for r in rows])
    return out


SAMPLES = [
    Case((orders([(101, 1, "2024-01-05 00:00"), (102, 1, "2024-01-04 23:59"),
                  (103, 2, "2024-01-04 08:59"), (104, 3, "2024-01-02 00:00"),
                  (105, 1, None), (106, 2, "2024-01-06 09:00"), (107, 1, "2024-01-02 00:00")]),
          prices([(1, "2024-01-05 00:00", 12.0), (2, "2024-01-04 09:00", 5.0),
                  (1, "2024-01-01 00:00", 10.0), (1, "2024-01-03 12:00", 11.0)]),
          48),
         expected=priced([(101, 1, "2024-01-05 00:00", 12.0, "2024-01-05 00:00"),
                          (102, 1, "2024-01-04 23:59", 11.0, "2024-01-03 12:00"),
                          (103, 2, "2024-01-04 08:59", NAN, None),
                          (104, 3, "2024-01-02 00:00", NAN, None),
                          (105, 1, None, NAN, None),
                          (106, 2, "2024-01-06 09:00", 5.0, "2024-01-04 09:00"),
                          (107, 1, "2024-01-02 00:00", 10.0, "2024-01-01 00:00")]),
         note="order 101 is placed exactly when 12.0 takes effect; order 103 comes a minute "
              "before item 2's first price; item 3 has no history; order 106's price is "
              "exactly 48 hours old and still counts; rows stay in the input order"),
    Case((orders([(1, 7, "2024-03-01 03:00"), (2, 7, "2024-03-01 04:00:01"),
                  (3, 7, "2024-03-02 01:00"), (4, 8, "2024-03-01 02:00")]),
          prices([(7, "2024-03-01 00:00", 20.0), (7, "2024-03-02 00:00", NAN),
                  (8, "2024-03-01 01:00", 30.0)]),
          4),
         expected=priced([(1, 7, "2024-03-01 03:00", 20.0, "2024-03-01 00:00"),
                          (2, 7, "2024-03-01 04:00:01", NAN, None),
                          (3, 7, "2024-03-02 01:00", NAN, "2024-03-02 00:00"),
                          (4, 8, "2024-03-01 02:00", 30.0, "2024-03-01 01:00")]),
         note="order 2's price is four hours and one second old: too stale; order 3 finds "
              "the withdrawal row (NaN price) and does not fall back to 20.0"),
]


def _random_case(rng, n_orders, n_prices, n_items, max_age, nat_rate):
    items = rng.sample(range(-20, 5 * n_items + 20), n_items)
    t0 = pd.Timestamp("2023-12-20")
    span = 60 * 24 * 30
    seen = set()
    price_rows = []
    by_item = {}
    for _ in range(n_prices):
        item = rng.choice(items)
        when = t0 + pd.Timedelta(minutes=rng.randrange(span))
        if (item, when) in seen:
            continue
        seen.add((item, when))
        by_item.setdefault(item, []).append(when)
        r = rng.random()
        value = NAN if r < 0.05 else (round(rng.uniform(0.5, 500), 2) if r < 0.8
                                      else rng.choice([0.1 + 0.2, 1e-7, 1e9 + 0.25, 2 / 3]))
        price_rows.append((item, when.isoformat(), value))
    rng.shuffle(price_rows)
    order_rows = []
    ids = rng.sample(range(1, 10 * n_orders + 10), n_orders)
    for order_id in ids:
        item = rng.choice(items + [max(items) + 1])
        r = rng.random()
        if r < nat_rate:
            when = None
        elif r < nat_rate + 0.2 and item in by_item:
            base = rng.choice(by_item[item])
            shift = rng.choice([pd.Timedelta(0), pd.Timedelta(hours=max_age),
                                pd.Timedelta(hours=max_age) + pd.Timedelta(1, unit="ns"),
                                pd.Timedelta(-1, unit="ns"), pd.Timedelta(seconds=1)])
            when = (base + shift).isoformat()
        else:
            when = (t0 + pd.Timedelta(minutes=rng.randrange(-600, span + 600))).isoformat()
        order_rows.append((order_id, item, when))
    return orders(order_rows), prices(price_rows), max_age


def generate(rng):
    return _random_case(rng, rng.randint(0, 600), rng.randint(0, 400), rng.randint(1, 30),
                        rng.choice([0, 1, 6, 24, 72, 1000]), rng.choice([0.0, 0.05, 0.2]))


_rng = random.Random(30333)

_hist = prices([(5, "2024-02-28 00:00", 9.5), (6, "2024-02-28 12:00", 4.0),
                (5, "2024-02-29 00:00", 9.75), (6, "2024-02-29 06:00", 4.25)])

HIDDEN = [
    Case((orders([]), prices([]), 24), note="both tables empty"),
    Case((orders([]), _hist, 24), note="no orders"),
    Case((orders([(1, 5, "2024-03-01"), (2, 6, None)]), prices([]), 24),
         note="no price history at all"),
    Case((orders([(1, 5, None), (2, 6, None)]), _hist, 24), note="every order time lost"),
    Case((orders([(1, 5, "2024-02-29 00:00")]), _hist, 0),
         note="zero tolerance: only a price set at exactly the order time"),
    Case((orders([(1, 5, "2024-02-29 00:00:00.000000001"), (2, 5, "2024-02-28 23:59:59.999999999")]),
          _hist, 0),
         note="zero tolerance, one nanosecond off on either side"),
    Case((orders([(1, 6, "2024-02-29 05:59:59"), (2, 6, "2024-02-29 06:00"),
                  (3, 5, "2024-02-28 23:59:59"), (4, 5, "2024-02-27 23:59:59")]), _hist, 1000),
         note="a second before a change keeps the old price; before the first price: none"),
    Case((orders([(1, 5, "2024-03-01 00:00"), (2, 5, "2024-03-01 00:00:00.000000001"),
                  (3, 6, "2024-03-01 06:00"), (4, 6, "2024-03-01 06:00:01")]), _hist, 24),
         note="exactly at the tolerance and one nanosecond past it"),
    Case((orders([(1, 5, "2024-03-05"), (2, 6, "2024-03-05")]), _hist, 24),
         note="the latest price is stale: no fallback to anything"),
    Case((orders([(3, 6, "2024-02-29 07:00"), (1, 5, "2024-02-29 07:00"), (2, 6, "2024-02-29 07:00"),
                  (0, 5, "2024-02-29 07:00"), (-4, 6, "2024-02-28 13:00")]), _hist, 48),
         note="equal order times for interleaved items; a negative id; input order kept"),
    Case((orders([(1, 1, "2024-01-01 00:00"), (2, 2, "2024-01-01 00:00"), (3, 1, "2023-12-31 23:59")]),
          prices([(2, "2023-12-31 23:59:59", 3.0), (1, "2023-12-31 23:00", 1.0),
                  (1, "2024-01-01 00:00:01", 2.0)]), 2),
         note="across the year end; item 2 changed price after item 1, which must not matter"),
    Case((orders([(1, 9, "2024-05-01 12:00"), (2, 9, "2024-05-02 12:00"), (3, 9, "2024-05-03 12:00")]),
          prices([(9, "2024-05-01 00:00", NAN), (9, "2024-05-02 00:00", 7.0),
                  (9, "2024-05-03 00:00", NAN)]), 100),
         note="withdrawals and a re-listing"),
    Case((orders([(i, 4, "2024-06-01 %02d:30" % (i % 24)) for i in range(1, 49)]),
          prices([(4, "2024-06-01 %02d:00" % h, 0.1 * h) for h in range(0, 24, 3)]), 2),
         note="a price every three hours, two-hour tolerance: every third hour has none"),
    Case(_random_case(_rng, 3000, 2000, 40, 12, 0.05), note="random"),
    Case(_random_case(_rng, 100000, 100000, 2000, 24, 0.02), note="largest"),
]
