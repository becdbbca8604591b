import random

from judge.grading.authoring import Case, SqlResult, Table

COLUMNS = (("request_id", "INTEGER"), ("endpoint", "TEXT"), ("latency_ms", "REAL"))


def tables(rows) -> tuple:
    """rows: (request_id, endpoint, latency_ms)."""
    return ({"api_requests": Table(COLUMNS, tuple(rows))},)


def numbered(rows, start=1):
    """(endpoint, latency_ms) rows with request ids start, start + 1, ..."""
    return [(start + i, *row) for i, row in enumerate(rows)]


def calls(endpoint, *latencies):
    return [(endpoint, x) for x in latencies]


def result(*rows):
    return SqlResult(columns=("endpoint", "requests", "timeouts", "median_ms", "p90_ms"),
                     rows=tuple(rows))


SAMPLES = [
    Case(tables(numbered(calls("GET /orders", 30.0, 10.0, None, 40.0, 20.0)
                         + calls("POST /orders", 120.5, 80.0, 95.25)
                         + calls("GET /health", None, None))),
         expected=result(("GET /orders", 5, 1, 25.0, 40.0),
                         ("POST /orders", 3, 0, 95.25, 120.5),
                         ("GET /health", 2, 2, None, None)),
         note="GET /orders has four measured latencies: the median averages 20 and 30, and "
              "ceil(0.9 * 4) = 4 makes the p90 the largest; /health only timed out"),
    Case(tables(numbered(calls("GET /search", *[float(x) for x in (12, 7, 9, 15, 11, 8, 30,
                                                                   10, 14, 13)])
                         + calls("GET /cart", 5.0, 5.0, 5.0, 9.0, 0.0))),
         expected=result(("GET /search", 10, 0, 11.5, 15.0),
                         ("GET /cart", 5, 0, 5.0, 9.0)),
         note="ten latencies: the p90 is the 9th smallest (15), not the largest (30); "
              "repeated values count separately, and 0.0 is a measurement"),
]

ENDPOINTS = ["GET /orders", "POST /orders", "GET /orders/{id}", "GET /search", "GET /cart",
             "POST /cart", "DELETE /cart/{id}", "GET /health", "POST /login", "GET /me",
             "PATCH /me", "GET /products", "GET /products/{id}", "POST /checkout",
             "GET /invoices", "GET /invoices/{id}", "POST /refunds", "GET /stock",
             "PUT /stock/{sku}", "GET /reports/daily"]


def _latency(rng: random.Random, style: str):
    if style == "coarse":
        return float(rng.choice([5, 10, 10, 20, 40, 80]))
    if style == "tenths":
        return rng.randint(1, 5000) / 10
    return round(rng.lognormvariate(4, 1.2), 3) if rng.random() < 0.98 else 60000.0


def _random(rng: random.Random, n: int, n_endpoints: int, style: str, timeout_share: float):
    endpoints = [f"{e} v{i // len(ENDPOINTS)}" if i >= len(ENDPOINTS) else e
                 for i, e in enumerate(ENDPOINTS * 3)][:n_endpoints]
    weights = [rng.random() ** 3 + 0.01 for _ in endpoints]
    ids = rng.sample(range(1, 10 * n + 10), n)
    rows = []
    for request_id in ids:
        endpoint = rng.choices(endpoints, weights)[0]
        latency = None if rng.random() < timeout_share else min(60000.0, _latency(rng, style))
        rows.append((request_id, endpoint, latency))
    return tables(rows)


def generate(rng):
    return _random(rng, rng.randint(0, 400), rng.randint(1, 12),
                   rng.choice(["coarse", "tenths", "wide"]), rng.choice([0.0, 0.1, 0.4]))


_rng = random.Random(90)

HIDDEN = [
    Case(tables([]), note="no requests"),
    Case(tables([(1, "GET /me", None)]), note="one request, timed out"),
    Case(tables([(1, "GET /me", 42.5)]), note="one measured request"),
    Case(tables(numbered(calls("GET /me", 42.5, 17.25))), note="two: the median is their mean"),
    Case(tables(numbered(calls("GET /a", *[float(x) for x in range(1, 11)])
                         + calls("GET /b", *[float(x) for x in range(1, 12)])
                         + calls("GET /c", *[float(x) for x in range(1, 21)])
                         + calls("GET /d", *[float(x) for x in range(1, 10)])
                         + calls("GET /e", *[float(x) for x in range(1, 7)])
                         + calls("GET /f", *[float(x) for x in range(1, 101)]))),
         note="counts of 10, 11, 20, 9, 6 and 100: the nearest rank exactly at and just "
              "past a multiple of ten"),
    Case(tables(numbered(calls("GET /a", *[float(x) for x in range(20, 0, -1)]))),
         note="latencies inserted in descending order"),
    Case(tables(numbered(calls("GET /t", None, 3.0, None, 1.0, None, 2.0, None, 100.0)
                         + calls("GET /u", 0.0, None, 0.0))),
         note="timeouts among the measurements must not shift the positions; zeros are "
              "measurements"),
    Case(tables(numbered(calls("GET /ties", 5.0, 5.0, 5.0, 9.0)
                         + calls("GET /same", *[7.5] * 12)
                         + calls("GET /pair", 1.0, 2.0, 2.0, 2.0, 3.0, 3.0))),
         note="ties at the middle and at the percentile"),
    Case(tables(numbered(calls("GET /f", 0.1, 0.2) + calls("GET /g", 0.1, 0.2, 0.3, 1e-3)
                         + calls("GET /h", 60000.0, 0.0, 59999.9))),
         note="tenths that are not exact in binary; the smallest and largest latencies"),
    Case(tables([(9, "POST /b", 3.0), (1, "POST /a", 10.0), (5, "POST /b", 1.0),
                 (3, "POST /a", 30.0), (7, "POST /b", 2.0), (2, "POST /a", 20.0),
                 (4, "POST /c", None), (6, "POST /c", None), (8, "POST /c", None)]),
         note="endpoints interleaved, ids out of order; one endpoint only timed out"),
    Case(_random(_rng, 200, 5, "coarse", 0.2), note="random, few distinct latencies"),
    Case(_random(_rng, 20000, 50, "wide", 0.05), note="largest: 20,000 requests, 50 endpoints"),
    Case(_random(_rng, 20000, 3, "tenths", 0.3),
         note="largest: 20,000 requests to 3 endpoints, many timeouts"),
]
