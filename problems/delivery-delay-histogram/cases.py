import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("delivery_id", "INTEGER"), ("driver_id", "INTEGER"), ("delay_minutes", "INTEGER"))


def tables(delays) -> tuple:
    rows = tuple((100 + i, 1 + (i * 7) % 5, d) for i, d in enumerate(delays))
    return ({"deliveries": Table(COLUMNS, rows)},)


def result(*rows):
    return SqlResult(columns=("bucket_start", "bucket_end", "deliveries"), rows=tuple(rows))


SAMPLES = [
    Case(tables([3, 14, 15, -1, 40, None, 0]),
         expected=result((-15, 0, 1), (0, 15, 3), (15, 30, 1), (30, 45, 1)),
         note="-1 (a minute early) is in the bucket starting at -15; 15 starts a new bucket; "
              "the delivery still on its way (NULL) is ignored"),
    Case(tables([-16, -15, 46]),
         expected=result((-30, -15, 1), (-15, 0, 1), (0, 15, 0), (15, 30, 0), (30, 45, 0),
                         (45, 60, 1)),
         note="the empty buckets between the lowest and the highest are listed with 0"),
]


def _random(rng: random.Random, n: int, lo: int, hi: int, nulls: float = 0.05) -> tuple:
    delays = []
    for _ in range(n):
        if rng.random() < nulls:
            delays.append(None)
        elif rng.random() < 0.7:
            delays.append(max(lo, min(hi, int(rng.gauss(5, 25)))))
        else:
            delays.append(rng.randint(lo, hi))
    return tables(delays)


def generate(rng):
    lo = rng.choice([-1440, -200, -30, 0, 7])
    return _random(rng, rng.randint(0, 80), lo, lo + rng.choice([10, 60, 400, 3000]),
                   rng.choice([0.0, 0.2]))


_rng = random.Random(1515)

HIDDEN = [
    Case(tables([]), note="empty table"),
    Case(tables([None, None, None]), note="no delivery has happened yet: no rows"),
    Case(tables([0]), note="one delivery, on time"),
    Case(tables([-1]), note="one delivery, a minute early"),
    Case(tables([14, 14, 14, 0, 1]), note="everything in one bucket, with duplicates"),
    Case(tables([-30, -16, -15, -1, 0, 14, 15, 29, 30]),
         note="both sides of every boundary from -30 to 30"),
    Case(tables([-14, -8, -7, -1]), note="early deliveries that truncating division puts at 0"),
    Case(tables([-31, -29]), note="only early deliveries, two buckets apart"),
    Case(tables([0, 100]), note="a long gap above 0"),
    Case(tables([310, 301, 345, None, 352]),
         note="every delay late: the buckets start at 300, not at 0"),
    Case(tables([-1440, -1426, -1425]), note="a day early, the lowest allowed"),
    Case(tables([-1440, 10080]), note="the whole range: 769 buckets, two of them non-empty"),
    Case(tables([10080, 10079, 10065, 10064]), note="a week late, the highest allowed"),
    Case(_random(_rng, 60, -60, 120), note="random, small"),
    Case(_random(_rng, 5000, -1440, 10080), note="largest"),
    Case(_random(_rng, 4000, -300, 300, 0.3), note="large, many early deliveries"),
]
