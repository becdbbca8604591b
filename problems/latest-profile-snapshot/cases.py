import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("snapshot_id", "INTEGER"), ("user_id", "INTEGER"), ("email", "TEXT"),
           ("country", "TEXT"), ("updated_at", "TEXT"))


def tables(rows) -> tuple:
    return ({"profile_snapshots": Table(COLUMNS, tuple(rows))},)


def result(*rows):
    return SqlResult(columns=("user_id", "email", "country", "updated_at"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, 100, "ana@old.example", "PT", "2024-02-01 10:00:00"),
                 (2, 100, "ana@new.example", "PT", "2024-03-15 09:30:00"),
                 (3, 200, "bo@mail.example", "SE", "2024-03-20 18:00:00"),
                 (4, 100, "ana@mid.example", "ES", "2024-02-20 08:00:00"),
                 (5, 200, None, "SE", "2024-03-21 07:45:00")]),
         expected=result((100, "ana@new.example", "PT", "2024-03-15 09:30:00"),
                         (200, None, "SE", "2024-03-21 07:45:00")),
         note="snapshot 4 arrived late; Bo removed the email in the latest snapshot"),
    Case(tables([(7, 300, "cy@a.example", "FR", "2024-05-01 12:00:00"),
                 (9, 300, "cy@b.example", None, "2024-05-01 12:00:00"),
                 (8, 300, "cy@c.example", "DE", "2024-05-01 12:00:00")]),
         expected=result((300, "cy@b.example", None, "2024-05-01 12:00:00")),
         note="three snapshots at the same time: the largest snapshot_id (9) wins"),
]

DOMAINS = ["a.example", "b.example", "c.example"]
COUNTRIES = ["PT", "SE", "FR", "DE", "BR", "", None]


def _random(rng: random.Random, n: int, n_users: int, n_times: int):
    ids = rng.sample(range(1, 10 * n + 1), n)
    times = [f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
             f"{rng.randint(0, 23):02d}:{rng.choice([0, 30]):02d}:00" for _ in range(n_times)]
    rows = []
    for sid in ids:
        user = rng.randint(1, n_users)
        email = None if rng.random() < 0.2 else f"u{user}.{rng.randint(1, 9)}@{rng.choice(DOMAINS)}"
        rows.append((sid, user, email, rng.choice(COUNTRIES), rng.choice(times)))
    return tables(rows)


def _random_close(rng: random.Random, n: int, n_users: int):
    """Edits seconds to minutes apart around midnight of New Year, many within one minute."""
    ids = rng.sample(range(1, 10 * n + 1), n)
    midnight = datetime.datetime(2025, 1, 1)
    rows = []
    for sid in ids:
        user = rng.randint(1, n_users)
        at = midnight + datetime.timedelta(seconds=rng.randint(-150, 150))
        email = None if rng.random() < 0.2 else f"u{user}.{rng.randint(1, 9)}@{rng.choice(DOMAINS)}"
        rows.append((sid, user, email, rng.choice(COUNTRIES), at.strftime("%Y-%m-%d %H:%M:%S")))
    return tables(rows)


_rng = random.Random(1312)

HIDDEN = [
    Case(tables([]), note="empty table"),
    Case(tables([(5, 1, None, None, "2024-01-01 00:00:00")]), note="one snapshot, all NULL"),
    Case(tables([(10, 1, "x@a.example", "PT", "2024-01-02 00:00:00"),
                 (11, 1, "y@a.example", "PT", "2024-01-01 23:59:59"),
                 (3, 2, "z@a.example", "", "2024-06-01 00:00:00"),
                 (2, 2, "w@a.example", None, "2024-06-01 00:00:00")]),
         note="late arrivals; a tie where the larger id came first; '' vs NULL country"),
    Case(tables([(1, 4, "d@a.example", "SE", "2024-01-01 00:00:00"),
                 (2, 4, "d@a.example", "SE", "2024-01-01 00:00:00")]),
         note="a retried duplicate"),
    Case(_random(_rng, 60, 10, 8), note="random, many ties"),
    Case(_random(_rng, 4000, 700, 300), note="larger"),
    Case(tables([(20, 1, "a@a.example", "PT", "2024-04-10 08:15:59"),
                 (21, 1, "b@a.example", "SE", "2024-04-10 08:15:07"),
                 (30, 2, "c@a.example", "FR", "2024-04-10 08:59:00"),
                 (31, 2, "d@a.example", "DE", "2024-04-10 08:01:00"),
                 (40, 3, "e@a.example", "BR", "2024-12-31 23:59:59"),
                 (41, 3, "f@a.example", None, "2024-12-31 23:59:58"),
                 (50, 4, "g@a.example", "PT", "2025-01-01 00:00:00"),
                 (51, 4, None, "SE", "2024-12-31 23:59:59")]),
         note="the later edit has the smaller id: seconds apart in one minute, minutes apart "
              "in one hour, a second before midnight, over New Year"),
    Case(_random_close(_rng, 300, 40), note="random, edits seconds apart around New Year"),
]
