import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

USER_COLUMNS = (("user_id", "INTEGER"), ("signup_date", "TEXT"))
ACTIVITY_COLUMNS = (("user_id", "INTEGER"), ("active_on", "TEXT"))


def tables(users, activity) -> tuple:
    return ({"users": Table(USER_COLUMNS, tuple(users)),
             "activity": Table(ACTIVITY_COLUMNS, tuple(activity))},)


def result(*rows):
    return SqlResult(columns=("cohort_week", "cohort_size", "week_offset", "active_users",
                              "retention_rate"), rows=tuple(rows))


SAMPLES = [
    # 2024-03-04 is a Monday.
    Case(tables([(1, "2024-03-04"), (2, "2024-03-06"), (3, "2024-03-10"), (4, "2024-03-11")],
                [(1, "2024-03-04"), (1, "2024-03-04"), (1, "2024-03-12"), (2, "2024-03-12"),
                 (2, "2024-03-13"), (3, "2024-03-08"), (4, "2024-04-05"), (None, "2024-03-05")]),
         expected=result(("2024-03-04", 3, 0, 2, 2 / 3), ("2024-03-04", 3, 1, 2, 2 / 3),
                         ("2024-03-04", 3, 2, 0, 0.0), ("2024-03-04", 3, 3, 0, 0.0),
                         ("2024-03-11", 1, 0, 0, 0.0), ("2024-03-11", 1, 1, 0, 0.0),
                         ("2024-03-11", 1, 2, 0, 0.0), ("2024-03-11", 1, 3, 1, 1.0)),
         note="user 2's activity on 03-12 and 03-13 are days 6 and 7 after signup "
              "(offsets 0 and 1); user 3 was active only before signing up"),
    Case(tables([(7, "2023-12-31"), (8, "2024-01-01")],
                [(7, "2024-01-07"), (7, "2024-01-28"), (8, "2024-01-07"), (9, "2024-01-02")]),
         expected=result(("2023-12-25", 1, 0, 0, 0.0), ("2023-12-25", 1, 1, 1, 1.0),
                         ("2023-12-25", 1, 2, 0, 0.0), ("2023-12-25", 1, 3, 0, 0.0),
                         ("2024-01-01", 1, 0, 1, 1.0), ("2024-01-01", 1, 1, 0, 0.0),
                         ("2024-01-01", 1, 2, 0, 0.0), ("2024-01-01", 1, 3, 0, 0.0)),
         note="a Sunday signup belongs to the week that began on Monday before it; day 28 "
              "is offset 4, which is not reported; user 9 is unknown"),
]


def _random(rng: random.Random, n_users: int, n_rows: int, span_days: int):
    start = datetime.date(2024, 1, 1)
    signups = {u: start + datetime.timedelta(days=rng.randint(0, span_days))
               for u in range(1, n_users + 1)}
    users = [(u, d.isoformat()) for u, d in signups.items()]
    activity = []
    for _ in range(n_rows):
        u = rng.randint(1, n_users + 2)
        base = signups.get(u, start)
        day = base + datetime.timedelta(days=rng.randint(-5, 35))
        activity.append((None if rng.random() < 0.03 else u, day.isoformat()))
    return tables(users, activity)


_rng = random.Random(2024)

HIDDEN = [
    Case(tables([], []), note="no users, no activity"),
    Case(tables([], [(1, "2024-01-01")]), note="activity but no users"),
    Case(tables([(1, "2024-02-29")], []), note="one user, never active (leap day)"),
    Case(tables([(1, "2024-05-06"), (2, "2024-05-12")],
                [(1, "2024-05-06"), (1, "2024-05-12"), (1, "2024-05-13"), (1, "2024-06-02"),
                 (1, "2024-06-03"), (2, "2024-05-11"), (2, "2024-05-18"), (2, "2024-05-19")]),
         note="offset edges: day 6, 7, 27, 28; a Monday and a Sunday signup"),
    Case(tables([(1, "2024-07-01"), (2, "2024-07-01"), (3, "2024-07-02")],
                [(1, "2024-07-01"), (1, "2024-07-01"), (2, "2024-07-01"), (3, "2024-06-28"),
                 (3, "2024-06-30")]),
         note="duplicate rows; activity only before signup"),
    Case(_random(_rng, 20, 80, 60), note="random, small"),
    Case(_random(_rng, 400, 4000, 360), note="larger"),
    Case(tables([(1, "2024-12-28"), (2, "2024-12-30"), (3, "2025-01-01"), (4, "2025-01-05")],
                [(1, "2025-01-04"), (2, "2025-01-26"), (2, "2025-01-27"), (3, "2025-01-07"),
                 (3, "2025-01-08"), (4, "2025-01-05")]),
         note="over the end of the leap year 2024: the week of Monday 2024-12-30 holds signups "
              "of both years; days 7, 27 and 28 after signup cross New Year"),
    Case(tables([(1, "2024-02-26"), (2, "2024-02-29"), (3, "2024-03-03")],
                [(1, "2024-03-03"), (1, "2024-03-04"), (2, "2024-03-06"), (2, "2024-03-07"),
                 (3, "2024-03-30"), (3, "2024-03-31")]),
         note="a cohort week holding the leap day; days 6/7 and 27/28 after signup"),
]
