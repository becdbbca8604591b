import random

from judge.grading.authoring import Case, SqlResult, Table

ASSIGN_COLUMNS = (("user_id", "INTEGER"), ("variant", "TEXT"), ("assigned_at", "TEXT"))
EVENT_COLUMNS = (("event_id", "INTEGER"), ("user_id", "INTEGER"), ("event_name", "TEXT"),
                 ("event_time", "TEXT"))


def tables(assignments, events) -> tuple:
    return ({"assignments": Table(ASSIGN_COLUMNS, tuple(assignments)),
             "events": Table(EVENT_COLUMNS, tuple(events))},)


def result(*rows):
    return SqlResult(columns=("variant", "users", "viewed", "carted", "purchased",
                              "conversion_rate"), rows=tuple(rows))


def t(hh_mm: str, day: str = "2024-05-01") -> str:
    return f"{day} {hh_mm}:00"


SAMPLES = [
    Case(tables([(1, "control", t("08:00")), (2, "control", t("08:00")),
                 (3, "treatment", t("08:05")), (4, "treatment", t("08:05"))],
                [(1, 1, "view", t("09:00")), (2, 1, "add_to_cart", t("09:02")),
                 (3, 1, "purchase", t("09:10")), (4, 2, "view", t("09:30")),
                 (5, 3, "view", t("10:00")), (6, 3, "view", t("10:01")),
                 (7, 3, "add_to_cart", t("10:05")), (8, 4, "purchase", t("11:00"))]),
         expected=result(("control", 2, 2, 1, 1, 0.5), ("treatment", 2, 1, 1, 0, 0.0)),
         note="user 4 bought without viewing or carting, so only user 1 converts"),
    Case(tables([(10, "A", t("07:00")), (11, "A", t("07:00")), (12, "A", t("07:00")),
                 (13, "B", t("07:00"))],
                [(1, 10, "add_to_cart", t("08:00")), (2, 10, "view", t("08:05")),
                 (3, 10, "purchase", t("08:06")), (4, 11, "view", t("09:00")),
                 (5, 11, "add_to_cart", t("09:00")), (6, 11, "purchase", t("09:20")),
                 (7, None, "view", t("09:30")), (8, 99, "view", t("09:31"))]),
         expected=result(("A", 3, 2, 1, 1, 1 / 3), ("B", 1, 0, 0, 0, 0.0)),
         note="user 10 carted before viewing; equal timestamps count as in order; "
              "variant B has no events"),
]

STEPS = ["view", "add_to_cart", "purchase", "search"]


def _random(rng: random.Random, n_users: int, n_events: int, variants: list[str]):
    assignments = [(uid, rng.choice(variants), "2024-05-01 00:00:00")
                   for uid in range(1, n_users + 1)]
    owners = list(range(1, n_users + 1)) + [None, n_users + 7]
    events = []
    for eid in range(1, n_events + 1):
        when = f"2024-05-{rng.randint(1, 3):02d} {rng.randint(8, 11):02d}:{rng.randint(0, 59):02d}:00"
        events.append((eid, rng.choice(owners), rng.choices(STEPS, [5, 3, 2, 1])[0], when))
    return tables(assignments, events)


def _random_seconds(rng: random.Random, n_users: int, n_events: int):
    """Events seconds apart within a few minutes around midnight: many steps fall in the same
    minute as the one before them, on either side of it."""
    assignments = [(uid, rng.choice(["A", "B"]), "2024-05-31 23:00:00")
                   for uid in range(1, n_users + 1)]
    owners = list(range(1, n_users + 1)) + [None]
    events = []
    for eid in range(1, n_events + 1):
        second = rng.randint(-180, 180)
        day, second = ("2024-06-01", second) if second >= 0 else ("2024-05-31", 86400 + second)
        when = f"{day} {second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}"
        events.append((eid, rng.choice(owners), rng.choices(STEPS, [5, 3, 2, 1])[0], when))
    return tables(assignments, events)


_rng = random.Random(6060)

HIDDEN = [
    Case(tables([], []), note="nothing at all"),
    Case(tables([], [(1, 1, "view", t("09:00"))]), note="events but no assigned users"),
    Case(tables([(1, "A", t("08:00")), (2, "B", t("08:00"))], []), note="no events"),
    Case(tables([(1, "A", t("08:00"))],
                [(1, 1, "view", t("09:00")), (2, 1, "view", t("09:01")),
                 (3, 1, "add_to_cart", t("09:02")), (4, 1, "add_to_cart", t("09:03")),
                 (5, 1, "purchase", t("09:04")), (6, 1, "purchase", t("09:05"))]),
         note="one user repeating every step"),
    Case(tables([(1, "A", t("08:00")), (2, "A", t("08:00")), (3, "A", t("08:00"))],
                [(1, 1, "view", t("09:00")), (2, 1, "purchase", t("09:01")),
                 (3, 1, "add_to_cart", t("09:02")),
                 (4, 2, "add_to_cart", t("08:59")), (5, 2, "view", t("09:00")),
                 (6, 2, "add_to_cart", t("09:10")), (7, 2, "purchase", t("09:05")),
                 (8, 3, "view", t("09:00")), (9, 3, "add_to_cart", t("09:00")),
                 (10, 3, "purchase", t("09:00"))]),
         note="purchases before the counted cart; equal timestamps"),
    Case(tables([(1, "A", t("08:00")), (2, "A", t("08:00")), (3, "B", t("08:00"))],
                [(1, None, "view", t("09:00")), (2, None, "add_to_cart", t("09:01")),
                 (3, None, "purchase", t("09:02")), (4, 3, "view", t("09:00")),
                 (5, 3, "add_to_cart", t("09:00", "2024-05-02")),
                 (6, 3, "purchase", t("08:00", "2024-05-03"))]),
         note="anonymous events; a purchase on a later day"),
    Case(_random(_rng, 20, 120, ["A", "B", "C"]), note="random, small"),
    Case(_random(_rng, 400, 4000, ["control", "treatment"]), note="larger"),
    Case(tables([(1, "A", t("08:00")), (2, "A", t("08:00")), (3, "B", t("08:00")),
                 (4, "B", t("08:00"))],
                [(1, 1, "view", "2024-05-01 09:00:30"), (2, 1, "add_to_cart", "2024-05-01 09:00:10"),
                 (3, 2, "view", "2024-05-01 09:00:00"), (4, 2, "add_to_cart", "2024-05-01 09:05:40"),
                 (5, 2, "purchase", "2024-05-01 09:05:20"),
                 (6, 3, "view", "2024-05-01 23:59:59"), (7, 3, "add_to_cart", "2024-05-02 00:00:00"),
                 (8, 3, "purchase", "2024-05-02 00:00:00"),
                 (9, 4, "view", "2024-05-01 23:59:58"), (10, 4, "add_to_cart", "2024-05-01 23:59:59"),
                 (11, 4, "purchase", "2024-05-01 23:59:58")]),
         note="steps seconds apart: a cart 20 s before the view and a purchase 20 s before the "
              "cart, each in the same minute; a funnel over midnight one second at a time"),
    Case(_random_seconds(_rng, 30, 400), note="random, events seconds apart around midnight"),
]
