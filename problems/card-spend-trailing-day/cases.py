import random

import pandas as pd

from judge.grading.authoring import Case


def txns(rows):
    """rows: (txn_id, account_id, 'YYYY-MM-DD HH:MM:SS', amount)."""
    return pd.DataFrame({
        "txn_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "account_id": pd.Series([r[1] for r in rows], dtype="int64"),
        "ts": pd.Series(pd.to_datetime(pd.Series([r[2] for r in rows], dtype="object"), format="ISO8601"),
                        dtype="datetime64[ns]"),
        "amount": pd.Series([r[3] for r in rows], dtype="float64"),
    })


def features(rows):
    """rows: (txn_id, prev_count_24h, prev_amount_24h)."""
    return pd.DataFrame({
        "txn_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "prev_count_24h": pd.Series([r[1] for r in rows], dtype="int64"),
        "prev_amount_24h": pd.Series([r[2] for r in rows], dtype="float64"),
    })


SAMPLES = [
    Case((txns([(11, 7, "2024-03-02 09:00:00", 40.0),
                (12, 7, "2024-03-01 09:00:00", 15.5),
                (13, 8, "2024-03-01 20:00:00", 99.0),
                (14, 7, "2024-03-01 18:30:00", 4.5),
                (15, 7, "2024-03-02 09:00:01", 10.0)]),),
         expected=features([(11, 2, 20.0), (12, 0, 0.0), (13, 0, 0.0), (14, 1, 15.5),
                            (15, 2, 44.5)]),
         note="txn 11 at 09:00 sees 12, exactly 24 hours earlier, and 14. One second later, "
              "txn 15's window starts at 09:00:01 on March 1st: 12 is out, 11 is in. "
              "Account 8's transaction is not counted for account 7"),
    Case((txns([(1, 3, "2024-06-10 12:00:00", 5.0),
                (2, 3, "2024-06-10 12:00:00", 7.0),
                (3, 3, "2024-06-10 11:59:59", 1.0),
                (4, 3, "2024-06-10 12:00:00", 2.0),
                (5, 3, "2024-06-10 12:00:01", 0.25)]),),
         expected=features([(1, 1, 1.0), (2, 1, 1.0), (3, 0, 0.0), (4, 1, 1.0),
                            (5, 4, 15.0)]),
         note="three transactions at 12:00:00 do not see each other, only the one a second "
              "before; the one at 12:00:01 sees all four"),
]


def _random(rng, n, accounts, span_hours, tie_share, start="2024-05-01 00:00:00",
            whales=0):
    t0 = pd.Timestamp(start)
    ids = rng.sample(range(1, 10**9), accounts)
    heavy = ids[:whales]
    rows = []
    for txn in range(n):
        account = rng.choice(heavy) if heavy and rng.random() < .5 else rng.choice(ids)
        if rows and rng.random() < tie_share:
            # the same instant as an earlier transaction of any account, or exactly a day
            # (or a day and a second) after it
            _, other_account, other_t, _ = rng.choice(rows)
            account = other_account if rng.random() < .7 else account
            shift = rng.choice([0, 0, 0, 86400, 86400, 86399, 86401, -86400])
            when = other_t + pd.Timedelta(seconds=shift)
        else:
            when = t0 + pd.Timedelta(seconds=rng.randrange(span_hours * 3600))
        amount = rng.choice([0.1, 0.2, 0.3, 0.01, 9999.99, 1e4,
                             round(rng.uniform(0.01, 500), 2), rng.randint(1, 200)])
        rows.append((txn, account, when, float(amount)))
    rng.shuffle(rows)
    ids_out = rng.sample(range(1, 10 * n + 10), n)
    return (txns([(ids_out[i], a, str(w), x) for i, (_, a, w, x) in enumerate(rows)]),)


def generate(rng):
    return _random(rng, rng.randint(1, 2000), rng.randint(1, 40), rng.choice([24, 72, 500]),
                   rng.choice([0.0, 0.2, 0.5]),
                   rng.choice(["2024-05-01 00:00:00", "2024-12-30 12:00:00",
                               "2024-02-27 18:00:00"]))


_rng = random.Random(2412)

HIDDEN = [
    Case((txns([]),), note="no transactions"),
    Case((txns([(5, 1, "2024-01-01 00:00:00", 12.0)]),), note="a single transaction"),
    Case((txns([(1, 4, "2024-07-01 08:00:00", 3.0), (2, 4, "2024-07-01 08:00:00", 4.0)]),),
         note="two transactions at the same instant: neither sees the other"),
    Case((txns([(1, 2, "2024-12-31 23:30:00", 1.0), (2, 2, "2025-01-01 23:30:00", 2.0),
                (3, 2, "2025-01-01 23:29:59", 4.0), (4, 2, "2025-01-01 00:10:00", 8.0),
                (5, 2, "2025-01-02 00:10:00", 16.0), (6, 2, "2025-01-02 00:09:59", 32.0)]),),
         note="across a year end and midnight: exactly 24 hours is in, a second more is out"),
    Case((txns([(1, 9, "2024-02-28 12:00:00", 1.0), (2, 9, "2024-02-29 12:00:00", 2.0),
                (3, 9, "2024-03-01 11:59:59", 4.0), (4, 9, "2024-03-01 12:00:00", 8.0)]),),
         note="across a leap day"),
    Case((txns([(i, 1, f"2024-04-0{1 + i // 24} {i % 24:02d}:00:00", 0.1)
                for i in range(1, 60)]),),
         note="one transaction every hour for 59 hours: the one exactly 24 hours earlier is the 24th in the window"),
    Case((txns([(i, 6, "2024-04-01 10:00:00", 0.1) for i in range(1, 8)]
               + [(i, 6, "2024-04-01 10:00:00.5", 0.2) for i in range(8, 12)]
               + [(i, 6, "2024-04-02 10:00:00", 0.3) for i in range(12, 15)]),),
         note="a burst of ties, half a second apart, then exactly a day later"),
    Case((txns([(1, -5, "2024-05-05 05:00:00", 1e4), (2, 0, "2024-05-05 06:00:00", 0.01),
                (3, -5, "2024-05-05 07:00:00", 0.01), (4, 0, "2024-05-05 05:00:00", 1e4),
                (5, -5, "2024-05-06 05:00:00", 0.01), (6, 0, "2024-05-06 05:00:01", 0.01)]),),
         note="account ids 0 and -5; large and tiny amounts"),
    Case((txns([(1, 10, "2024-08-05 10:00:00", 5.0), (2, 20, "2024-08-01 10:00:00", 6.0),
                (3, 10, "2024-08-04 12:00:00", 7.0)]),),
         note="the earliest transaction belongs to the account with the larger id, the "
              "latest to the smaller one: windows must not spill from one account into the "
              "next"),
    Case(_random(_rng, 300, 5, 72, 0.4), note="random small, many ties"),
    Case(_random(_rng, 5000, 200, 500, 0.3, "2024-12-29 00:00:00"), note="across a year end"),
    Case(_random(_rng, 100_000, 5000, 24 * 60, 0.3, whales=20), note="largest"),
    Case(_random(_rng, 100_000, 3, 24 * 20, 0.2), note="largest, three busy accounts"),
]
