import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

CHANGES = (("change_id", "INTEGER"), ("scooter_id", "INTEGER"), ("changed_at", "TEXT"),
           ("status", "TEXT"))
INCIDENTS = (("incident_id", "INTEGER"), ("scooter_id", "INTEGER"), ("reported_at", "TEXT"))


def tables(changes, incidents) -> tuple:
    return ({"status_changes": Table(CHANGES, tuple(changes)),
             "incidents": Table(INCIDENTS, tuple(incidents))},)


def result(*rows):
    return SqlResult(columns=("incident_id", "scooter_id", "reported_at", "status",
                              "status_since"), rows=tuple(rows))


def at(hms: str, day: str = "2024-03-01") -> str:
    return f"{day} {hms}"


SAMPLES = [
    Case(tables([(5, 7, at("10:00:00"), "available"), (1, 7, at("08:00:00"), "available"),
                 (2, 7, at("09:30:00"), "rented"), (6, 8, at("09:00:00"), "charging")],
                [(100, 7, at("09:30:00")), (101, 7, at("07:59:59")), (102, 7, at("12:00:00")),
                 (103, None, at("09:00:00")), (104, 8, at("09:29:59"))]),
         expected=result((100, 7, at("09:30:00"), "rented", at("09:30:00")),
                         (101, 7, at("07:59:59"), None, None),
                         (102, 7, at("12:00:00"), "available", at("10:00:00")),
                         (103, None, at("09:00:00"), None, None),
                         (104, 8, at("09:29:59"), "charging", at("09:00:00"))),
         note="incident 100 is reported the second scooter 7 was rented, so it counts; "
              "incident 101 comes before any change; incident 103 names no scooter"),
    Case(tables([(11, 3, "2024-05-01 18:00:00", "maintenance"),
                 (10, 3, "2024-05-01 18:00:00", "charging"),
                 (9, 3, "2024-05-01 17:00:00", "rented")],
                [(1, 3, "2024-05-01 18:00:00"), (2, 3, "2024-05-01 17:59:59"),
                 (3, 3, "2024-05-01 18:00:00"), (4, 4, "2024-05-01 18:00:00")]),
         expected=result((1, 3, "2024-05-01 18:00:00", "maintenance", "2024-05-01 18:00:00"),
                         (2, 3, "2024-05-01 17:59:59", "rented", "2024-05-01 17:00:00"),
                         (3, 3, "2024-05-01 18:00:00", "maintenance", "2024-05-01 18:00:00"),
                         (4, 4, "2024-05-01 18:00:00", None, None)),
         note="two changes at 18:00:00: change 11 has the larger id and wins; incidents 1 "
              "and 3 are alike; scooter 4 has no change"),
]

STATUSES = ["available", "rented", "charging", "maintenance", "lost", "reserved"]


def _stamp(base: datetime.datetime, seconds: int) -> str:
    return (base + datetime.timedelta(seconds=seconds)).strftime("%Y-%m-%d %H:%M:%S")


def _random(rng: random.Random, n_changes: int, n_incidents: int, n_scooters: int,
            span: int, base=datetime.datetime(2024, 2, 28, 22, 0, 0), null_share=0.03):
    scooters = rng.sample(range(-20, 20 * n_scooters + 20), n_scooters)
    hot = [rng.randrange(span) for _ in range(max(1, span // 50))]
    def moment():
        return rng.choice(hot) if rng.random() < 0.3 else rng.randrange(span)
    changes = [(cid, rng.choice(scooters), _stamp(base, moment()), rng.choice(STATUSES))
               for cid in rng.sample(range(1, 5 * n_changes + 5), n_changes)]
    incidents = []
    for iid in rng.sample(range(1, 5 * n_incidents + 5), n_incidents):
        scooter = None if rng.random() < null_share else rng.choice(scooters + [10**6])
        incidents.append((iid, scooter, _stamp(base, moment())))
    rng.shuffle(changes)
    return tables(changes, incidents)


def generate(rng):
    return _random(rng, rng.randint(0, 60), rng.randint(0, 30), rng.randint(1, 6),
                   rng.choice([20, 600, 86400 * 3]))


_rng = random.Random(7117)

HIDDEN = [
    Case(tables([], []), note="both tables empty"),
    Case(tables([(1, 1, at("08:00:00"), "rented")], []), note="no incidents"),
    Case(tables([], [(1, 1, at("08:00:00")), (2, None, at("08:00:00"))]),
         note="no status changes at all"),
    Case(tables([(1, 1, at("08:00:00"), "rented")], [(1, None, at("09:00:00"))]),
         note="only an incident without a scooter"),
    Case(tables([(1, 1, at("08:00:00"), "rented")],
                [(1, 1, at("08:00:00")), (2, 1, at("07:59:59")), (3, 1, at("08:00:01"))]),
         note="reports one second before, at, and one second after the only change"),
    Case(tables([(7, 2, at("12:00:00"), "lost"), (3, 2, at("12:00:00"), "available"),
                 (5, 2, at("12:00:00"), "rented"), (4, 2, at("11:00:00"), "charging")],
                [(1, 2, at("12:00:00")), (2, 2, at("12:30:00"))]),
         note="three changes at the same second; the largest id is neither first nor last "
              "in the table, and its status is not the largest text"),
    Case(tables([(2, 2, at("12:00:00"), "available"), (9, 2, at("12:00:00"), "charging"),
                 (8, 2, at("12:00:00"), "rented")],
                [(1, 2, at("12:00:00"))]),
         note="a tie where the largest id sets neither the smallest nor the largest status"),
    Case(tables([(1, 5, at("08:00:00"), "rented"), (2, 5, at("09:00:00"), "rented"),
                 (3, 5, at("10:00:00"), "available")],
                [(1, 5, at("09:30:00"))]),
         note="the same status set twice: status_since is the later change"),
    Case(tables([(1, 5, at("08:00:00"), "rented"), (2, 5, at("09:00:00"), "available")],
                [(1, 5, at("08:30:00")), (2, 5, at("08:30:00")), (3, 5, at("08:30:00")),
                 (4, 5, at("09:00:00"))]),
         note="three incidents for the same scooter and second"),
    Case(tables([(1, 0, "2023-12-31 23:59:59", "rented"), (2, 0, "2024-01-01 00:00:00", "lost"),
                 (3, -4, "2024-02-29 23:59:59", "charging"),
                 (4, -4, "2024-03-01 00:00:01", "available")],
                [(1, 0, "2023-12-31 23:59:59"), (2, 0, "2024-01-01 00:00:00"),
                 (3, -4, "2024-03-01 00:00:00"), (4, 0, "2024-12-31 23:59:59")]),
         note="over New Year and a leap day at midnight; scooter ids 0 and -4"),
    Case(tables([(1, 3, at("10:00:00"), "rented"), (2, 4, at("08:00:00"), "available")],
                [(1, 3, at("09:00:00")), (2, 4, at("09:00:00"))]),
         note="scooter 3 changes only after its incident; another scooter's change does "
              "not count"),
    Case(_random(_rng, 40, 20, 3, 30), note="random, many changes at the same seconds"),
    Case(_random(_rng, 10000, 3000, 300, 86400 * 30),
         note="largest: 10,000 changes, 3,000 incidents, 300 scooters"),
    Case(_random(_rng, 2000, 600, 30, 600),
         note="crowded: 30 scooters over ten minutes, many ties"),
]
