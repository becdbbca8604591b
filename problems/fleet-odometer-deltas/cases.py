import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("log_id", "INTEGER"), ("vehicle_id", "INTEGER"), ("logged_at", "TEXT"),
           ("odometer_km", "INTEGER"))


def tables(rows) -> tuple:
    """rows: (log_id, vehicle_id, logged_at, odometer_km)."""
    return ({"odometer_logs": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("vehicle_id", "log_id", "logged_at", "odometer_km",
                              "km_since_previous"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(101, 7, "2024-05-01 08:00:00", 120500), (102, 7, "2024-05-01 17:30:00", 120730),
                 (103, 7, "2024-05-02 08:05:00", None), (104, 7, "2024-05-02 18:00:00", 121010),
                 (99, 3, "2024-05-01 09:00:00", 5000)]),
         expected=result((3, 99, "2024-05-01 09:00:00", 5000, None),
                         (7, 101, "2024-05-01 08:00:00", 120500, None),
                         (7, 102, "2024-05-01 17:30:00", 120730, 230),
                         (7, 103, "2024-05-02 08:05:00", None, None),
                         (7, 104, "2024-05-02 18:00:00", 121010, 280)),
         note="log 103 skipped its reading, so log 104 is compared with log 102; first "
              "logs have no previous reading"),
    Case(tables([(210, 12, "2024-06-30 23:59:59", 88000), (205, 12, "2024-07-01 07:00:00", 88150),
                 (211, 12, "2024-07-01 07:00:00", 88160), (230, 12, "2024-07-02 07:00:00", 40)]),
         expected=result((12, 210, "2024-06-30 23:59:59", 88000, None),
                         (12, 205, "2024-07-01 07:00:00", 88150, 150),
                         (12, 211, "2024-07-01 07:00:00", 88160, 10),
                         (12, 230, "2024-07-02 07:00:00", 40, -88120)),
         note="logs 205 and 211 share a time, so 205 comes first; log 210 is earlier than "
              "205 although its id is larger; the odometer was replaced before log 230"),
]


def _random(rng: random.Random, n: int, n_vehicles: int, skip_share: float,
            reset_share: float, tie_share: float):
    vehicles = rng.sample(range(1, 5000), n_vehicles)
    clock = {v: datetime.datetime(2024, 12, 20, 6, 0, 0)
             + datetime.timedelta(minutes=rng.randint(0, 3000)) for v in vehicles}
    odo = {v: rng.randint(0, 1900000) for v in vehicles}
    ids = rng.sample(range(1, 10**6 + 1), n)
    rows = []
    for log_id in ids:
        v = rng.choice(vehicles)
        if rng.random() >= tie_share:
            clock[v] += datetime.timedelta(seconds=rng.choice([1, 59, 3600, 8 * 3600,
                                                               14 * 3600, 86400 * 3]))
        if rng.random() < reset_share:
            odo[v] = rng.randint(0, 50)
        else:
            odo[v] = min(2000000, odo[v] + rng.choice([0, 0, 1, 37, 120, 410]))
        reading = None if rng.random() < skip_share else odo[v]
        rows.append((log_id, v, clock[v].strftime("%Y-%m-%d %H:%M:%S"), reading))
    rng.shuffle(rows)
    return tables(rows)


def generate(rng):
    return _random(rng, rng.randint(0, 200), rng.randint(1, 10), rng.choice([0.0, 0.2, 0.5]),
                   rng.choice([0.0, 0.05]), rng.choice([0.0, 0.3]))


_rng = random.Random(4242)

HIDDEN = [
    Case(tables([]), note="no logs"),
    Case(tables([(1, 1, "2024-01-01 08:00:00", None)]), note="one log, reading skipped"),
    Case(tables([(1, 1, "2024-01-01 08:00:00", 0)]), note="one log with a reading of 0"),
    Case(tables([(3, 1, "2024-01-01 08:00:00", None), (2, 1, "2024-01-01 18:00:00", None),
                 (1, 1, "2024-01-02 08:00:00", None)]),
         note="every reading skipped"),
    Case(tables([(1, 4, "2024-02-01 08:00:00", None), (2, 4, "2024-02-01 18:00:00", None),
                 (3, 4, "2024-02-02 08:00:00", 700), (4, 4, "2024-02-02 18:00:00", None),
                 (5, 4, "2024-02-03 08:00:00", None), (6, 4, "2024-02-03 18:00:00", None),
                 (7, 4, "2024-02-04 08:00:00", 1000), (8, 4, "2024-02-04 18:00:00", 1000)]),
         note="skipped readings before the first reading and three in a row later; a "
              "repeated odometer gives 0"),
    Case(tables([(30, 2, "2024-03-01 12:00:00", 500), (10, 2, "2024-03-01 12:00:00", 400),
                 (20, 2, "2024-03-01 12:00:00", 450), (5, 2, "2024-03-01 11:59:59", 100),
                 (40, 2, "2024-03-01 12:00:01", 600)]),
         note="three logs at the same second, inserted out of id order"),
    Case(tables([(1, 9, "2024-03-01 12:00:00", None), (2, 9, "2024-03-01 12:00:00", 300),
                 (3, 9, "2024-03-01 12:00:00", 310), (4, 9, "2024-03-01 12:00:00", None),
                 (5, 9, "2024-03-01 13:00:00", 330)]),
         note="a skipped reading inside a group of logs at the same second"),
    Case(tables([(1, 5, "2024-04-01 08:00:00", 1000), (2, 6, "2024-04-01 08:30:00", 50),
                 (3, 5, "2024-04-01 09:00:00", 1100), (4, 6, "2024-04-01 09:30:00", 90),
                 (5, 5, "2024-04-01 10:00:00", None), (6, 6, "2024-04-01 10:30:00", 95),
                 (7, 5, "2024-04-01 11:00:00", 1300)]),
         note="two vans logged alternately: each compares with its own readings only"),
    Case(tables([(1, 8, "2024-05-01 08:00:00", 2000000), (2, 8, "2024-05-02 08:00:00", 3),
                 (3, 8, "2024-05-03 08:00:00", None), (4, 8, "2024-05-04 08:00:00", 10),
                 (5, 8, "2024-05-05 08:00:00", 0), (6, 8, "2024-05-06 08:00:00", 2000000)]),
         note="odometers replaced twice, from the largest value allowed down to 3 and to 0; "
              "a reading below the largest earlier one"),
    Case(tables([(900000, 11, "2024-12-31 23:00:00", 7000), (1, 11, "2025-01-01 01:00:00", 7100),
                 (1000000, 11, "2025-01-01 00:30:00", None), (2, 12, "2023-12-31 22:00:00", 1),
                 (3, 12, "2024-01-01 06:00:00", 2)]),
         note="over New Year; the largest log ids; ids far out of time order"),
    Case(_random(_rng, 80, 4, 0.3, 0.05, 0.3), note="random, small, many ties and skips"),
    Case(_random(_rng, 5000, 300, 0.15, 0.01, 0.1), note="largest: 5,000 logs of 300 vans"),
    Case(_random(_rng, 5000, 5, 0.4, 0.02, 0.4),
         note="largest: 5,000 logs of 5 vans, many skipped readings and ties"),
]
