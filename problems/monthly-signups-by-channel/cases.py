import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("user_id", "INTEGER"), ("signup_at", "TEXT"), ("channel", "TEXT"))


def tables(rows) -> tuple:
    return ({"signups": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("month", "ads", "organic", "referral", "unknown", "total"),
                     rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, "2024-01-03 08:12:00", "ads"), (2, "2024-01-15 19:40:00", "organic"),
                 (3, "2024-01-31 23:59:59", "ads"), (4, "2024-02-01 00:00:00", None),
                 (5, "2024-02-10 10:10:10", "referral"), (6, "2024-02-11 12:00:00", ""),
                 (7, "2024-04-02 07:30:00", "organic")]),
         expected=result(("2024-01", 2, 1, 0, 0, 3), ("2024-02", 0, 0, 1, 2, 3),
                         ("2024-04", 0, 1, 0, 0, 1)),
         note="NULL and '' are both unknown; March has no signups and is not listed"),
    Case(tables([(10, "2024-03-05 09:00:00", "ads"), (11, "2023-03-20 14:00:00", "ads"),
                 (12, "2023-12-31 23:30:00", "referral")]),
         expected=result(("2023-03", 1, 0, 0, 0, 1), ("2023-12", 0, 0, 1, 0, 1),
                         ("2024-03", 1, 0, 0, 0, 1)),
         note="March 2023 and March 2024 are different months"),
]

CHANNELS = ["ads", "organic", "referral", "", None]


def _random(rng: random.Random, n: int, years: list[int], weights: list[float]):
    rows = []
    for uid in range(1, n + 1):
        when = (f"{rng.choice(years)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
        rows.append((uid, when, rng.choices(CHANNELS, weights)[0]))
    return tables(rows)


_rng = random.Random(8080)

HIDDEN = [
    Case(tables([]), note="no signups"),
    Case(tables([(1, "2024-07-04 12:00:00", None)]), note="one signup with no channel"),
    Case(tables([(1, "2024-05-01 00:00:00", "ads"), (2, "2024-05-31 23:59:59", "ads"),
                 (3, "2024-06-01 00:00:00", "ads")]),
         note="only one channel; month edges"),
    Case(tables([(1, "2024-05-01 00:00:00", ""), (2, "2024-05-02 00:00:00", ""),
                 (3, "2024-05-03 00:00:00", None)]),
         note="only unknown channels"),
    Case(_random(_rng, 60, [2023, 2024], [3, 3, 2, 1, 1]), note="random, two years"),
    Case(_random(_rng, 4000, [2021, 2022, 2023, 2024], [5, 4, 2, 1, 1]), note="larger"),
]
