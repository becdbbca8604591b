import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

DONATIONS = (("donation_id", "INTEGER"), ("donated_at", "TEXT"), ("amount_cents", "INTEGER"))


def tables(rows) -> tuple:
    return ({"donations": Table(DONATIONS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("month", "total_cents", "change_cents", "pct_change"),
                     rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, "2023-11-03 10:00:00", 5000), (2, "2023-11-28 18:30:00", 1000),
                 (3, "2024-01-31 23:59:59", 3000), (4, "2024-02-29 12:00:00", 4500),
                 (5, "2024-02-01 00:00:00", None), (6, "2024-03-15 09:00:00", 1500)]),
         expected=result(("2023-11", 6000, None, None), ("2023-12", 0, -6000, -100.0),
                         ("2024-01", 3000, 3000, None), ("2024-02", 4500, 1500, 50.0),
                         ("2024-03", 1500, -3000, -66.66666666666667)),
         note="December had no donation: it shows 0, and January is compared with it; the "
              "failed payment adds nothing"),
    Case(tables([(10, "2024-05-20 08:00:00", 700), (11, "2024-05-02 14:00:00", 300),
                 (12, "2024-06-30 23:59:59", None), (13, "2024-07-01 00:00:00", 250)]),
         expected=result(("2024-05", 1000, None, None), ("2024-06", 0, -1000, -100.0),
                         ("2024-07", 250, 250, None)),
         note="June's only payment failed: its total is 0 and July's percentage is NULL"),
]


def _stamp(day: datetime.date, rng: random.Random) -> str:
    seconds = rng.choice([0, 86399, rng.randrange(86400)])
    return f"{day.isoformat()} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _random(rng: random.Random, start: datetime.date, n_months: int, n_rows: int,
            quiet_share: float = 0.3, null_share: float = 0.05):
    months = []
    year, month = start.year, start.month
    for _ in range(n_months):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    active = [m for m in months if rng.random() >= quiet_share] or [months[0]]
    rows = []
    for donation_id in rng.sample(range(1, 10 * n_rows + 10), n_rows):
        y, m = rng.choice(active)
        last = (datetime.date(y + (m == 12), m % 12 + 1, 1) - datetime.timedelta(days=1)).day
        day = datetime.date(y, m, rng.choice([1, last, rng.randint(1, last)]))
        amount = None if rng.random() < null_share else rng.choice(
            [rng.randint(1, 10_000_000), rng.randint(1, 999), 2500, 10_000_000])
        rows.append((donation_id, _stamp(day, rng), amount))
    return tables(rows)


def generate(rng):
    start = datetime.date(rng.randint(1950, 2140), rng.randint(1, 12), 1)
    return _random(rng, start, rng.randint(1, 30), rng.randint(1, 60),
                   quiet_share=rng.choice([0.0, 0.3, 0.6]))


_rng = random.Random(1202)

HIDDEN = [
    Case(tables([]), note="no donations"),
    Case(tables([(1, "2024-04-10 10:00:00", 1234)]), note="one donation"),
    Case(tables([(1, "2024-04-10 10:00:00", None)]), note="one failed payment"),
    Case(tables([(1, "2024-04-01 00:00:00", 100), (2, "2024-04-30 23:59:59", 200),
                 (3, "2024-04-15 12:00:00", 300)]),
         note="all in one month, on its first and last second"),
    Case(tables([(1, "2023-01-31 12:00:00", 300), (2, "2023-03-31 12:00:00", 100),
                 (3, "2023-04-30 12:00:00", 700)]),
         note="first donation on January 31: a month added to that date skips February"),
    Case(tables([(1, "2024-01-31 08:00:00", 900), (2, "2024-02-29 23:59:59", 300),
                 (3, "2024-03-01 00:00:00", 100)]),
         note="a leap day, and March 1 straight after it"),
    Case(tables([(1, "2023-10-05 10:00:00", 1000), (2, "2024-03-05 10:00:00", 3000),
                 (3, "2024-04-05 10:00:00", 1000)]),
         note="four quiet months over New Year"),
    Case(tables([(1, "1999-12-31 23:59:59", 100), (2, "2000-01-01 00:00:00", 100),
                 (3, "2000-02-29 10:00:00", 300), (4, "2000-03-01 10:00:00", 3)]),
         note="over 2000: the percentages 0, 200 and -99"),
    Case(tables([(1, "2024-01-10 10:00:00", 3), (2, "2024-02-10 10:00:00", 4),
                 (3, "2024-03-10 10:00:00", 5), (4, "2024-04-10 10:00:00", 1),
                 (5, "2024-05-10 10:00:00", 10_000_000)]),
         note="percentages that are not whole (33.33...) and one very large one"),
    Case(tables([(1, "2024-06-10 10:00:00", None), (2, "2024-07-10 10:00:00", 500),
                 (3, "2024-08-10 10:00:00", None), (4, "2024-09-10 10:00:00", None),
                 (5, "2024-10-10 10:00:00", 500)]),
         note="months whose payments all failed: the range still runs to the last "
              "donation"),
    Case(tables([(1, "2024-03-31 10:00:00", 100), (2, "2024-03-31 10:00:00", 200),
                 (3, "2024-04-30 10:00:00", 300), (4, "2024-05-31 10:00:00", 300)]),
         note="duplicate timestamps; an unchanged total gives 0 and 0.0"),
    Case(tables([(1, "1950-01-01 00:00:00", 10), (2, "2150-12-31 23:59:59", 10)]),
         note="the two ends of the range: 2,412 months, nearly all empty"),
    Case(_random(_rng, datetime.date(2023, 6, 1), 14, 50), note="random, small"),
    Case(_random(_rng, datetime.date(2015, 1, 1), 120, 5000, quiet_share=0.35),
         note="largest: ten years, 5,000 donations, quiet months"),
    Case(_random(_rng, datetime.date(2139, 3, 1), 140, 800, quiet_share=0.8),
         note="mostly quiet months, to the end of 2150"),
]
