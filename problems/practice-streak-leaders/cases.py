import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("lesson_id", "INTEGER"), ("user_id", "INTEGER"), ("completed_at", "TEXT"))


def tables(rows) -> tuple:
    """rows: (lesson_id, user_id, completed_at)."""
    return ({"lessons": Table(COLUMNS, tuple(rows))},)


def numbered(rows, start=1):
    """(user_id, completed_at) rows with lesson ids start, start + 1, ..."""
    return [(start + i, *row) for i, row in enumerate(rows)]


def result(*rows):
    return SqlResult(columns=("user_id", "streak_days", "streak_start", "streak_end",
                              "streaks"), rows=tuple(rows))


def on(user, *days, hour="12:00:00"):
    """(user, completed_at) rows, one lesson on each date at the given time."""
    return [(user, f"{d} {hour}") for d in days]


SAMPLES = [
    Case(tables([(1, 5, "2024-03-01 08:00:00"), (2, 5, "2024-03-01 20:00:00"),
                 (3, 5, "2024-03-02 23:50:00"), (4, 5, "2024-03-03 00:10:00"),
                 (5, 5, "2024-03-05 07:00:00"), (6, 5, None), (7, 9, "2024-03-10 00:05:00"),
                 (8, 9, "2024-03-11 23:55:00"), (9, 2, None)]),
         expected=result((5, 3, "2024-03-01", "2024-03-03", 2),
                         (9, 2, "2024-03-10", "2024-03-11", 1)),
         note="two lessons on March 1 count once; 23:50 then 00:10 continues the streak, "
              "and so does 00:05 then 23:55 the next day; March 4 is missed; learner 2 "
              "never completed a lesson"),
    Case(tables(numbered(on(3, "2023-12-30", "2023-12-31", "2024-01-01", "2024-02-27",
                            "2024-02-28", "2024-02-29", "2024-03-10")
                         + [(1, "2024-01-01 12:00:00"), (1, None)])),
         expected=result((3, 3, "2024-02-27", "2024-02-29", 3),
                         (1, 1, "2024-01-01", "2024-01-01", 1)),
         note="learner 3 has two streaks of 3 days (over New Year, and up to the leap day): "
              "the more recent one is reported"),
]


def _random(rng: random.Random, n_lessons: int, n_users: int, first: datetime.date,
            steps: list[int], null_share: float):
    users = rng.sample(range(1, 100000), n_users)
    cursor = {u: datetime.datetime.combine(first, datetime.time())
              + datetime.timedelta(days=rng.randint(0, 40)) for u in users}
    ids = rng.sample(range(1, 20 * n_lessons + 10), n_lessons)
    rows = []
    for lesson_id in ids:
        user = rng.choice(users)
        day = cursor[user].date() + datetime.timedelta(days=rng.choice(steps))
        cursor[user] = datetime.datetime.combine(day, datetime.time()) + datetime.timedelta(
            seconds=rng.choice([0, 5, 3600, 43200, 86399, rng.randint(0, 86399)]))
        stamp = None if rng.random() < null_share else cursor[user].strftime("%Y-%m-%d %H:%M:%S")
        rows.append((lesson_id, user, stamp))
    rng.shuffle(rows)
    return tables(rows)


STEPS = [0, 0, 1, 1, 1, 1, 2, 3, 9]


def generate(rng):
    first = datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randint(0, 2400))
    return _random(rng, rng.randint(0, 300), rng.randint(1, 8), first, STEPS,
                   rng.choice([0.0, 0.1, 0.3]))


_rng = random.Random(365)

HIDDEN = [
    Case(tables([]), note="no lessons"),
    Case(tables([(1, 4, None), (2, 4, None), (3, 6, None)]), note="no lesson completed"),
    Case(tables([(1, 7, "2022-07-07 07:07:07")]), note="one lesson"),
    Case(tables(numbered([(8, f"2022-08-01 {h:02d}:00:00") for h in range(24)])),
         note="24 lessons on one day: a streak of 1"),
    Case(tables(numbered(on(1, "2024-05-01", "2024-05-01", "2024-05-02", "2024-05-02",
                            "2024-05-02", "2024-05-03", "2024-05-05", "2024-05-06",
                            "2024-05-07", "2024-05-08"))),
         note="repeated days inside a streak; the later streak is longer"),
    Case(tables(numbered(on(2, "2024-06-01", "2024-06-02", "2024-06-04", "2024-06-05",
                            "2024-06-07", "2024-06-08", "2024-06-10"))),
         note="three streaks of 2 separated by single missed days: the last one is "
              "reported"),
    Case(tables(numbered(on(3, "2024-06-01", "2024-06-02", "2024-06-03", "2024-06-05",
                            "2024-06-06", "2024-06-10", "2024-06-11", "2024-06-12"))),
         note="a tie between the first and the last streak, a shorter one between them"),
    Case(tables(numbered([(4, "2024-09-01 23:00:00"), (4, "2024-09-03 01:00:00"),
                          (5, "2024-09-01 23:59:59"), (5, "2024-09-02 00:00:00"),
                          (6, "2024-09-01 00:00:00"), (6, "2024-09-02 23:59:59"),
                          (6, "2024-09-03 00:00:01")])),
         note="hours do not matter: 26 hours apart over a missed day breaks, one second "
              "apart over midnight continues, 48 hours apart on consecutive dates continues"),
    Case(tables(numbered(on(10, "2023-02-27", "2023-02-28", "2023-03-01", "2023-03-02")
                         + on(11, "2024-02-28", "2024-03-01")
                         + on(12, "2024-12-30", "2024-12-31", "2025-01-01")
                         + on(13, "2024-04-30", "2024-05-01", "2024-06-30", "2024-07-01",
                              "2024-07-02"))),
         note="over the end of February 2023 (no leap day), over the leap day of 2024 "
              "(February 28 and March 1 are not consecutive), over New Year and month ends"),
    Case(tables(numbered(on(20, "2020-01-01", "2020-01-02") + on(21, "2026-12-30", "2026-12-31")
                         + on(19, "2026-12-31"))),
         note="the first and last dates allowed; ties in streak length are ordered by "
              "user_id"),
    Case(tables(numbered([(30, "2024-10-01 10:00:00"), (30, None), (30, "2024-10-03 10:00:00")]
                         + [(31, None), (31, "2024-10-02 10:00:00")])),
         note="a lesson never completed does not fill the missed day"),
    Case(tables([(5, 40, "2024-11-05 09:00:00"), (1, 40, "2024-11-04 09:00:00"),
                 (3, 41, "2024-11-04 09:00:00"), (4, 40, "2024-11-06 09:00:00"),
                 (2, 41, "2024-11-06 09:00:00")]),
         note="learners interleaved; lesson ids out of time order"),
    Case(tables(numbered([(u, "2024-01-15 08:00:00") for u in range(1, 60)]
                         + on(60, *[(datetime.date(2020, 1, 1)
                                     + datetime.timedelta(days=d)).isoformat()
                                    for d in range(2557)]))),
         note="one learner practised every day of 2020-2026 (2,557 days); many with one day"),
    Case(_random(_rng, 150, 4, datetime.date(2023, 12, 10), STEPS, 0.1),
         note="random, small, over New Year"),
    Case(_random(_rng, 10000, 500, datetime.date(2024, 1, 20), STEPS, 0.05),
         note="largest: 10,000 lessons of 500 learners, over the leap day"),
    Case(_random(_rng, 10000, 20, datetime.date(2021, 11, 1), [0, 1, 1, 1, 1, 1, 2], 0.1),
         note="largest: 10,000 lessons of 20 learners, long streaks over year ends"),
]
