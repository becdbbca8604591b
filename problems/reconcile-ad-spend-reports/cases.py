import random

import pandas as pd

from judge.grading.authoring import Case

NAN = float("nan")


def report(rows):
    """rows: (campaign_id, 'YYYY-MM-DD', spend or NaN)."""
    return pd.DataFrame({
        "campaign_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "day": pd.Series(pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
                         dtype="datetime64[ns]"),
        "spend": pd.Series([r[2] for r in rows], dtype="float64"),
    })


def result(rows):
    return pd.DataFrame({
        "campaign_id": pd.Series([r[0] for r in rows], dtype="int64"),
        "day": pd.Series(pd.to_datetime(pd.Series([r[1] for r in rows], dtype="object")),
                         dtype="datetime64[ns]"),
        "platform_spend": pd.Series([r[2] for r in rows], dtype="float64"),
        "internal_spend": pd.Series([r[3] for r in rows], dtype="float64"),
        "issue": pd.Series([r[4] for r in rows], dtype="object"),
    })


SAMPLES = [
    Case((report([(1, "2024-04-01", 120.50), (1, "2024-04-02", 80.00),
                  (2, "2024-04-01", 15.25)]),
          report([(1, "2024-04-01", 120.50), (1, "2024-04-02", 79.00),
                  (3, "2024-04-01", 40.00)])),
         expected=result([(1, "2024-04-02", 80.00, 79.00, "amount_mismatch"),
                          (2, "2024-04-01", 15.25, NAN, "missing_internal"),
                          (3, "2024-04-01", NAN, 40.00, "missing_platform")]),
         note="one agreeing pair, one amount mismatch, one row missing on each side"),
    Case((report([(7, "2024-05-10", NAN), (7, "2024-05-11", 9.99), (8, "2024-05-10", NAN)]),
          report([(7, "2024-05-10", NAN), (7, "2024-05-11", NAN), (8, "2024-05-10", 0.0)])),
         expected=result([(7, "2024-05-11", 9.99, NAN, "amount_mismatch"),
                          (8, "2024-05-10", NAN, 0.0, "amount_mismatch")]),
         note="two NaN amounts agree; NaN against a number (even 0.0) does not"),
]


def _random(rng, n):
    keys = sorted({(rng.randint(1, max(2, n // 20)), rng.randrange(60)) for _ in range(n)})
    day0 = pd.Timestamp("2024-01-01")
    plat, ledger = [], []
    for cid, d in keys:
        day = str((day0 + pd.Timedelta(days=d)).date())
        # cents, tenths of a cent, and large amounts (where a relative slack adds cents)
        amount = NAN if rng.random() < 0.05 else rng.choice(
            [rng.randrange(0, 50000) / 100, rng.randrange(0, 500000) / 1000,
             rng.randrange(10**9, 10**11 - 10**4) / 1000])
        roll = rng.random()
        if roll < 0.08:
            plat.append((cid, day, amount))
        elif roll < 0.16:
            ledger.append((cid, day, amount))
        else:
            plat.append((cid, day, amount))
            other = amount
            if rng.random() < 0.2:
                # a difference inside the slack (1 to 9 thousandths), just over it (11 to
                # 15) or far over it; never exactly 0.01
                step = rng.choice([rng.randint(1, 9), rng.randint(11, 15),
                                   rng.randrange(20, 9000)])
                sign = 1 if amount != amount or amount < 10 else rng.choice([-1, 1])
                other = NAN if rng.random() < 0.2 else round(amount + sign * step / 1000, 3)
            ledger.append((cid, day, other))
    rng.shuffle(plat)
    rng.shuffle(ledger)
    return report(plat), report(ledger)


_rng = random.Random(90210)

HIDDEN = [
    Case((report([]), report([])), note="both reports empty"),
    Case((report([(4, "2024-02-29", 10.0)]), report([])), note="ledger empty"),
    Case((report([]), report([(4, "2024-02-29", NAN), (5, "2024-03-01", 3.5)])),
         note="platform empty, one ledger row without amount"),
    Case((report([(9, "2024-06-01", 100.0), (9, "2024-06-02", 50.0), (9, "2024-06-03", NAN)]),
          report([(9, "2024-06-01", 100.0), (9, "2024-06-02", 50.005), (9, "2024-06-03", 1.0)])),
         note="a difference under 0.01 is not a mismatch"),
    Case((report([(6, "2024-12-31", 50.0), (6, "2025-01-01", 50.0), (6, "2025-01-02", 50.006),
                  (6, "2025-01-03", 0.004), (7, "2024-12-31", 5000.0),
                  (7, "2025-01-01", 25_000_000.0), (7, "2025-01-02", 99_999_999.999)]),
          report([(6, "2024-12-31", 50.011), (6, "2025-01-01", 50.009), (6, "2025-01-02", 50.0),
                  (6, "2025-01-03", 0.013), (7, "2024-12-31", 5000.03),
                  (7, "2025-01-01", 25_000_000.02), (7, "2025-01-02", 99_999_999.988)])),
         note="differences of 0.011 (a mismatch, though it rounds to 0.01), 0.009 and 0.006 "
              "(not, though 50.006 rounds to 50.01); 0.03 on 5000 and 0.02 on 25 million "
              "(mismatches: the slack is absolute)"),
    Case((report([(1, "2024-01-01", 5.0), (2, "2024-01-01", 5.0)]),
          report([(1, "2024-01-02", 5.0), (2, "2024-01-01", 5.0)])),
         note="same campaign, different day"),
    Case(_random(_rng, 80), note="random small"),
    Case(_random(_rng, 4000), note="larger"),
]
