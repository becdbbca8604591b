import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("parcel_id", "INTEGER"), ("route_code", "TEXT"), ("status", "TEXT"),
           ("weight_kg", "REAL"))
STATUSES = ["delivered", "failed", "returned", "out_for_delivery"]


def tables(rows) -> tuple:
    """rows: (route_code, status) pairs; ids and weights are filled in."""
    full = tuple((i + 1, route, status, round(0.3 + (i * 37 % 200) / 10, 1))
                 for i, (route, status) in enumerate(rows))
    return ({"parcels": Table(COLUMNS, full)},)


def result(*rows):
    return SqlResult(columns=("route_code", "parcels", "scanned", "delivered", "failed",
                              "returned"), rows=tuple(rows))


SAMPLES = [
    Case(tables([("N-04", "delivered"), ("N-04", "delivered"), ("N-04", "failed"),
                 ("N-04", None), ("N-04", "out_for_delivery"),
                 ("S-11", "returned"), ("S-11", None), ("S-11", None), ("S-11", "delivered"),
                 (None, "delivered")]),
         expected=result(("N-04", 5, 4, 2, 1, 0)),
         note="S-11 has 4 parcels but only 2 scans, so it is left out; the counter pickup "
              "(route NULL) belongs to no route"),
    Case(tables([("E-01", "returned"), ("E-01", "returned"), ("E-01", "failed"),
                 ("W-07", "delivered"), ("W-07", "out_for_delivery"),
                 ("W-07", "out_for_delivery"), ("W-07", "delivered"),
                 (None, "failed"), (None, "failed")]),
         expected=result(("E-01", 3, 3, 0, 1, 2), ("W-07", 4, 4, 2, 0, 0)),
         note="E-01 has exactly 3 scans; W-07 has no failed or returned parcel (0, not NULL)"),
]


def _routes(rng: random.Random, n: int) -> list[str]:
    codes = set()
    while len(codes) < n:
        codes.add(f"{rng.choice('NSEW')}-{rng.randint(1, 999):02d}")
    return sorted(codes)


def _random(rng: random.Random, n_parcels: int, n_routes: int, unscanned: float,
            unrouted: float) -> tuple:
    routes = _routes(rng, n_routes)
    weights = [rng.random() for _ in STATUSES]
    rows = []
    for _ in range(n_parcels):
        route = None if rng.random() < unrouted else rng.choice(routes)
        status = None if rng.random() < unscanned else rng.choices(STATUSES, weights)[0]
        rows.append((route, status))
    return tables(rows)


def generate(rng):
    return _random(rng, rng.randint(0, 120), rng.randint(1, 25), rng.choice([0.0, 0.3, 0.6]),
                   rng.choice([0.0, 0.1]))


_rng = random.Random(5150)

HIDDEN = [
    Case(tables([]), note="empty table"),
    Case(tables([(None, "delivered"), (None, "failed"), (None, "returned"),
                 (None, "delivered")]),
         note="only counter pickups, with enough scans to pass the threshold"),
    Case(tables([("A-01", None)] * 6), note="a route whose parcels were never scanned"),
    Case(tables([("A-01", "delivered"), ("A-01", "failed"), ("A-01", None), ("A-01", None),
                 ("A-01", None), ("B-02", "delivered"), ("B-02", "delivered"),
                 ("B-02", "delivered")]),
         note="A-01 has 5 parcels but only 2 scans; B-02 has exactly 3"),
    Case(tables([("C-03", "out_for_delivery")] * 3 + [("C-03", None)]),
         note="scanned, but nothing delivered, failed or returned: three zeros"),
    Case(tables([("D-04", "returned"), ("D-04", "returned"), ("D-04", "returned"),
                 ("D-04", "failed"), ("d-04", "delivered"), ("d-04", "delivered"),
                 ("d-04", "delivered")]),
         note="route codes that differ only in case are different routes"),
    Case(tables([("Q-09", s) for s in ["delivered", "failed", "returned", "out_for_delivery",
                                       None] * 4] + [(None, "returned")] * 5),
         note="every status on one route, and scanned counter pickups"),
    Case(_random(_rng, 60, 6, 0.3, 0.1), note="random, small"),
    Case(_random(_rng, 5000, 300, 0.25, 0.05), note="largest"),
    Case(_random(_rng, 3000, 900, 0.5, 0.1), note="many routes near the threshold"),
]
