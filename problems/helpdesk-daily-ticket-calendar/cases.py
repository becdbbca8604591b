import datetime
import random

from judge.grading.authoring import Case, SqlResult, Table

WINDOW = (("first_day", "TEXT"), ("last_day", "TEXT"))
TICKETS = (("ticket_id", "INTEGER"), ("opened_at", "TEXT"), ("resolved_at", "TEXT"))


def tables(first_day: str, last_day: str, tickets) -> tuple:
    return ({"report_window": Table(WINDOW, ((first_day, last_day),)),
             "tickets": Table(TICKETS, tuple(tickets))},)


def result(*rows):
    return SqlResult(columns=("day", "opened", "resolved"), rows=tuple(rows))


SAMPLES = [
    Case(tables("2024-02-27", "2024-03-02",
                [(1, "2024-02-27 09:15:00", "2024-02-29 23:59:59"),
                 (2, "2024-02-27 17:40:12", None),
                 (3, "2024-02-29 00:00:00", "2024-03-02 08:00:00"),
                 (4, "2024-03-02 13:05:00", "2024-03-02 13:30:00")]),
         expected=result(("2024-02-27", 2, 0), ("2024-02-28", 0, 0), ("2024-02-29", 1, 1),
                         ("2024-03-01", 0, 0), ("2024-03-02", 1, 2)),
         note="a leap year: February 29 is a day of the window; quiet days get zeros"),
    Case(tables("2023-12-30", "2024-01-02",
                [(7, "2023-12-20 10:00:00", "2023-12-31 12:00:00"),
                 (8, "2024-01-01 00:00:00", None),
                 (9, "2024-01-02 23:59:59", "2024-01-05 09:00:00"),
                 (5, "2024-01-03 00:00:00", "2024-01-03 00:10:00")]),
         expected=result(("2023-12-30", 0, 0), ("2023-12-31", 0, 1), ("2024-01-01", 1, 0),
                         ("2024-01-02", 1, 0)),
         note="over New Year; ticket 7 was opened before the window, ticket 9 is resolved "
              "after it, ticket 5 lies wholly after it"),
]


def _stamp(day: datetime.date, rng: random.Random) -> str:
    seconds = rng.choice([0, 1, 86399, 43200, rng.randrange(86400)])
    return f"{day.isoformat()} {seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _random(rng: random.Random, first: datetime.date, n_days: int, n_tickets: int,
            spill: int = 5):
    last = first + datetime.timedelta(days=n_days - 1)
    hot = [first + datetime.timedelta(days=rng.randrange(n_days)) for _ in range(3)]
    rows = []
    for ticket_id in rng.sample(range(1, 10 * n_tickets + 10), n_tickets):
        if rng.random() < 0.3:
            opened = rng.choice(hot)
        else:
            opened = first + datetime.timedelta(days=rng.randint(-spill, n_days - 1 + spill))
        opened_at = _stamp(opened, rng)
        if rng.random() < 0.25:
            resolved_at = None
        else:
            resolved = opened + datetime.timedelta(days=rng.choice([0, 0, 1, 2, 7, 40]))
            resolved_at = max(opened_at, _stamp(resolved, rng))
        rows.append((ticket_id, opened_at, resolved_at))
    return tables(first.isoformat(), last.isoformat(), rows)


def generate(rng):
    first = datetime.date(rng.randint(1901, 2198), rng.randint(1, 12), rng.randint(1, 28))
    return _random(rng, first, rng.randint(1, 70), rng.randint(0, 120))


_rng = random.Random(2902)

HIDDEN = [
    Case(tables("2024-05-01", "2024-05-03", []), note="no tickets at all"),
    Case(tables("2024-07-04", "2024-07-04", [(1, "2024-07-04 00:00:00", None)]),
         note="a window of one day"),
    Case(tables("2024-07-04", "2024-07-04", []), note="a window of one day and no tickets"),
    Case(tables("2024-06-10", "2024-06-12",
                [(1, "2024-06-01 10:00:00", "2024-06-09 23:59:59"),
                 (2, "2024-06-13 00:00:00", None)]),
         note="tickets only outside the window, one second either side"),
    Case(tables("2024-04-29", "2024-05-02",
                [(1, "2024-04-30 23:59:59", "2024-05-01 00:00:00"),
                 (2, "2024-05-01 00:00:00", "2024-05-01 00:00:00")]),
         note="the end of a 30-day month; timestamps at midnight on both sides"),
    Case(tables("2023-02-26", "2023-03-02",
                [(1, "2023-02-28 12:00:00", "2023-03-01 12:00:00")]),
         note="February of a common year has no 29th"),
    Case(tables("2100-02-27", "2100-03-01",
                [(1, "2100-02-28 08:00:00", "2100-03-01 08:00:00")]),
         note="2100 is not a leap year"),
    Case(tables("2000-02-27", "2000-03-01",
                [(1, "2000-02-29 08:00:00", "2000-02-29 09:00:00")]),
         note="2000 is a leap year"),
    Case(tables("2024-01-30", "2024-03-01",
                [(1, "2024-01-31 23:00:00", "2024-02-29 10:00:00"),
                 (2, "2024-02-29 11:00:00", "2024-03-01 00:00:00")]),
         note="a window over two month ends and a leap day"),
    Case(tables("2024-03-01", "2024-03-03",
                [(i, "2024-03-02 10:00:00", "2024-03-02 11:00:00") for i in range(1, 8)]
                + [(8, "2024-03-02 12:00:00", None)]),
         note="many tickets opened and resolved on one day, one still open"),
    Case(tables("2024-12-30", "2025-01-02",
                [(1, "2024-12-31 23:59:59", "2025-01-01 00:00:00"),
                 (2, "2024-12-31 00:00:00", "2024-12-31 23:59:59"),
                 (3, "2025-01-01 00:00:00", None)]),
         note="a leap year's December 31 and New Year at midnight"),
    Case(tables("2024-03-01", "2024-03-03",
                [(1, "1924-03-02 10:00:00", "1924-03-02 11:00:00"),
                 (2, "2024-03-02 10:00:00", "2024-03-02 12:00:00"),
                 (3, "2124-03-03 09:00:00", None)]),
         note="tickets on the same calendar day a century apart; only 2024 is in the window"),
    Case(_random(_rng, datetime.date(2024, 2, 20), 14, 40), note="random, over a leap day"),
    Case(_random(_rng, datetime.date(1999, 12, 1), 120, 400), note="random, over 2000"),
    Case(_random(_rng, datetime.date(2023, 1, 1), 1096, 5000, 30),
         note="largest: three years with a leap day, 5,000 tickets"),
    Case(_random(_rng, datetime.date(2199, 10, 1), 92, 300, 0),
         note="the end of the range, no tickets outside the window"),
]
