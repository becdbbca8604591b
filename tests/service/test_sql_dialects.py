"""A SQL submission in either dialect, through the API and the web page: the engine it names
runs it, a dialect is refused for any other problem, and the page's selector starts at the
user's last choice."""

import re

from fastapi.testclient import TestClient

from . import test_web as web
from .test_api import _register, _wait

SLUG = "top-salaries-per-department"
REFERENCE = open(f"problems/{SLUG}/reference.sql", encoding="utf-8").read()
# The same answer in DuckDB's words: QUALIFY filters on a window, as PostgreSQL-like engines
# spell it; SQLite has no QUALIFY.
WITH_QUALIFY = """
WITH ranked AS (
    SELECT department_id, name, salary,
           DENSE_RANK() OVER (PARTITION BY department_id ORDER BY salary DESC) AS salary_rank
    FROM employees
    WHERE salary IS NOT NULL
    QUALIFY salary_rank <= 2
)
SELECT d.name AS department, r.name AS employee, r.salary AS salary,
       r.salary_rank AS salary_rank
FROM departments AS d
LEFT JOIN ranked AS r ON r.department_id = d.id;
"""


def _graded(client: TestClient, auth: dict, code: str, **extra) -> dict:
    response = client.post("/api/submissions", headers=auth,
                           json={"problem": SLUG, "code": code, **extra})
    assert response.status_code == 202, response.text
    return _wait(client, auth, response.json()["id"])


def test_the_engine_named_runs_the_query(app) -> None:
    client = TestClient(app)
    auth = _register(client)
    assert _graded(client, auth, REFERENCE)["verdict"] == "Accepted"
    on_duckdb = _graded(client, auth, REFERENCE, dialect="duckdb")
    assert on_duckdb["verdict"] == "Accepted" and on_duckdb["dialect"] == "duckdb"
    assert _graded(client, auth, WITH_QUALIFY, dialect="duckdb")["verdict"] == "Accepted"
    on_sqlite = _graded(client, auth, WITH_QUALIFY, dialect="sqlite")
    assert on_sqlite["verdict"] == "Runtime Error", on_sqlite["result"]["message"]
    assert "QUALIFY" in on_sqlite["result"]["tests"][-1]["message"].upper()


def test_a_dialect_is_for_sql_problems_only(app) -> None:
    client = TestClient(app)
    auth = _register(client)
    refused = client.post("/api/submissions", headers=auth, json={
        "problem": "insert-positions", "code": "def f(): pass\n", "dialect": "duckdb"})
    assert refused.status_code == 422
    assert "a dialect is for SQL problems" in refused.json()["detail"]
    unknown = client.post("/api/submissions", headers=auth, json={
        "problem": SLUG, "code": REFERENCE, "dialect": "postgres"})
    assert unknown.status_code == 422 and "dialect" in unknown.text


def test_the_page_remembers_the_last_dialect(app) -> None:
    client = web.register(web.browser(app), "grace")
    page = client.get(f"/problems/{SLUG}").text
    assert re.search(r'<option value="sqlite" selected>', page)
    assert "<select" not in client.get("/problems/insert-positions").text
    sent = client.post(f"/problems/{SLUG}/submit", files={
        "code": (None, WITH_QUALIFY), "mode": (None, "full"), "dialect": (None, "duckdb"),
        "csrf": (None, web.csrf(client))})
    assert sent.status_code == 303, sent.text
    assert "Accepted" in web.graded(client, sent.headers["location"])
    for slug in (SLUG, "users-without-live-orders"):  # every SQL problem
        assert re.search(r'<option value="duckdb" selected>', client.get(f"/problems/{slug}").text)
