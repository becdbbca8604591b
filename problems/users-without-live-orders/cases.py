import random

from judge.grading.authoring import Case, SqlResult, Table

USER_COLUMNS = (("user_id", "INTEGER"), ("name", "TEXT"), ("signup_date", "TEXT"))
ORDER_COLUMNS = (("order_id", "INTEGER"), ("user_id", "INTEGER"), ("status", "TEXT"),
                 ("created_at", "TEXT"))


def tables(users, orders) -> tuple:
    return ({"users": Table(USER_COLUMNS, tuple(users)),
             "orders": Table(ORDER_COLUMNS, tuple(orders))},)


def result(*rows):
    return SqlResult(columns=("user_id", "name"), rows=tuple(rows))


SAMPLES = [
    Case(tables([(1, "Maya", "2024-01-04"), (2, "Omar", "2024-01-09"),
                 (3, "Lena", "2024-02-11"), (4, "Ravi", "2024-02-20")],
                [(101, 1, "shipped", "2024-02-01 10:15:00"),
                 (102, 2, "cancelled", "2024-02-03 18:40:00"),
                 (103, 2, "cancelled", "2024-02-05 09:05:00"),
                 (104, 4, None, "2024-03-01 12:30:00")]),
         expected=result((2, "Omar"), (3, "Lena")),
         note="Omar only cancelled, Lena never ordered, Ravi's pending order is live"),
    Case(tables([(7, "Ines", "2024-05-01"), (8, "Ines", "2024-05-02"), (9, "Tom", "2024-05-03")],
                [(201, None, "placed", "2024-05-04 08:00:00"),
                 (202, 9, "cancelled", "2024-05-04 09:00:00"),
                 (203, 9, "placed", "2024-05-06 11:45:00"),
                 (204, 42, "shipped", "2024-05-07 16:20:00")]),
         expected=result((7, "Ines"), (8, "Ines")),
         note="a guest order (user_id NULL) and an order of a deleted user belong to nobody"),
]

NAMES = ["Ada", "Ben", "Chen", "Dana", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jae"]
STATUSES = ["placed", "shipped", "cancelled", "cancelled", None]


OLD_STATUSES = STATUSES + ["Cancelled", "CANCELLED", "cancelled ", ""]


def _random(rng: random.Random, n_users: int, n_orders: int, statuses: list = STATUSES):
    users = [(uid, rng.choice(NAMES), f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
             for uid in range(1, n_users + 1)]
    owners = list(range(1, n_users + 1)) + [None, n_users + 5]
    orders = [(100 + i, rng.choice(owners), rng.choice(statuses),
               f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
               f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00")
              for i in range(n_orders)]
    return tables(users, orders)


_rng = random.Random(4417)

HIDDEN = [
    Case(tables([], []), note="both tables empty"),
    Case(tables([(1, "Ada", "2024-01-01"), (2, "Ben", "2024-01-02")], []),
         note="no orders at all: everybody is listed"),
    Case(tables([], [(1, 1, "placed", "2024-01-01 00:00:00")]), note="no users"),
    Case(tables([(1, "Ada", "2024-01-01"), (2, "Ben", "2024-01-02"), (3, "Chen", "2024-01-03")],
                [(10, None, "placed", "2024-02-01 00:00:00"),
                 (11, 1, "shipped", "2024-02-01 00:00:00")]),
         note="a live guest order next to ordinary ones"),
    Case(tables([(1, "Ada", "2024-01-01"), (2, "Ben", "2024-01-02")],
                [(10, 1, None, "2024-02-01 00:00:00"), (11, 2, None, "2024-02-02 00:00:00"),
                 (12, 2, "cancelled", "2024-02-03 00:00:00")]),
         note="only pending orders: nobody is listed"),
    Case(tables([(1, "Ada", "2024-01-01"), (2, "Ada", "2024-01-01"), (3, "Ben", "2024-01-02")],
                [(10, 1, "cancelled", "2024-02-01 00:00:00"),
                 (11, 1, "cancelled", "2024-02-02 00:00:00"),
                 (12, 1, "cancelled", "2024-02-03 00:00:00"),
                 (13, 3, "cancelled", "2024-02-03 00:00:00"),
                 (14, 3, "shipped", "2024-02-04 00:00:00")]),
         note="duplicate names; several cancelled orders for one user"),
    Case(tables([(1, "Ada", "2024-01-01")],
                [(10, 1, "", "2024-02-01 00:00:00"), (11, 1, "Cancelled", "2024-02-02 00:00:00")]),
         note="an empty-string status and a differently-cased one are live, not cancelled"),
    Case(_random(_rng, 40, 60), note="random, small"),
    Case(_random(_rng, 3000, 4000), note="larger"),
    Case(tables([(1, "Ada", "2024-01-01"), (2, "Ben", "2024-01-02"), (3, "Chen", "2024-01-03"),
                 (4, "Dana", "2024-01-04"), (5, "Eli", "2024-01-05")],
                [(10, 1, "Cancelled", "2024-02-01 00:00:00"),
                 (11, 2, "CANCELLED", "2024-02-01 00:00:00"),
                 (12, 2, "cancelled", "2024-02-02 00:00:00"),
                 (13, 3, "cancelled ", "2024-02-03 00:00:00"),
                 (14, 4, "", "2024-02-03 00:00:00"), (15, 5, "cancelled", "2024-02-04 00:00:00")]),
         note="each old status alone: 'Cancelled', 'CANCELLED', 'cancelled ' (a trailing "
              "space) and '' are live; only Eli's orders are all exactly 'cancelled'"),
    Case(_random(_rng, 60, 90, OLD_STATUSES), note="random, with the old statuses"),
]
