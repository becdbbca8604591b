"""The HTTP API through the ASGI client, on SQLite and PostgreSQL, with an in-process worker
grading on the fake backend (the real harness code, run in this process: trusted code only)."""

import json
import time

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from judge.service import queue
from sandbox.fake import FakeBackend, harness_handler

from .conftest import GOOD

WRONG = GOOD.replace("nums[mid] < q", "nums[mid] <= q")  # the last position, not the first


@pytest.fixture
def client(settings):
    app = create_app(settings, backend_factory=lambda: FakeBackend(harness_handler()),
                     workers=1)
    with TestClient(app) as client:
        yield client


@pytest.fixture
def idle_client(settings):
    """No workers: submissions stay queued."""
    with TestClient(create_app(settings, workers=0)) as client:
        yield client


def _register(client, name: str = "ada") -> dict:
    response = client.post("/api/auth/register", json={"username": name,
                                                       "password": "correct horse"})
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def _submit(client, auth, code: str = GOOD, **extra) -> int:
    response = client.post("/api/submissions", headers=auth,
                           json={"problem": "insert-positions", "code": code, **extra})
    assert response.status_code == 202, response.text
    return response.json()["id"]


def _wait(client, auth, submission_id: int, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = client.get(f"/api/submissions/{submission_id}", headers=auth).json()
        if body["status"] == "done":
            return body
        time.sleep(0.1)
    raise AssertionError(f"submission {submission_id} was not graded in {timeout} s")


def test_register_login_and_me(client) -> None:
    auth = _register(client, "Ada")
    me = client.get("/api/auth/me", headers=auth).json()
    assert me["username"] == "ada" and me["submissions"] == 0
    login = client.post("/api/auth/login", json={"username": "ADA", "password": "correct horse"})
    assert login.status_code == 200 and login.json()["token"].startswith("mlej_")
    again = client.post("/api/auth/register", json={"username": "ada",
                                                    "password": "another one"})
    assert again.status_code == 409 and "taken" in again.json()["detail"]


@pytest.mark.parametrize("body, message", [
    ({"username": "ab", "password": "long enough"}, "3-32 characters"),
    ({"username": "bad name", "password": "long enough"}, "lowercase letters"),
    ({"username": "carol", "password": "short"}, "8-256 characters"),
    ({"username": "carol"}, "password is required"),
])
def test_registration_refusals_say_why(client, body, message) -> None:
    response = client.post("/api/auth/register", json=body)
    assert 400 <= response.status_code < 500
    assert message in response.json()["detail"]


def test_wrong_passwords_and_bad_tokens_are_refused(client) -> None:
    _register(client)
    response = client.post("/api/auth/login", json={"username": "ada", "password": "wrong one"})
    assert response.status_code == 401 and response.json()["detail"] == \
        "wrong username or password"
    unknown = client.post("/api/auth/login", json={"username": "nobody", "password": "whatever1"})
    assert unknown.json()["detail"] == "wrong username or password"
    assert client.get("/api/submissions").status_code == 401
    bad = client.get("/api/submissions", headers={"Authorization": "Bearer mlej_forged"})
    assert bad.status_code == 401 and "not valid" in bad.json()["detail"]


def test_problems_show_statement_samples_and_starter_but_nothing_hidden(client) -> None:
    listing = client.get("/api/problems", params={"category": "algorithms"}).json()
    assert any(p["slug"] == "insert-positions" for p in listing)
    assert all(p["category"] == "algorithms" for p in listing)
    problem = client.get("/api/problems/insert-positions").json()
    assert problem["samples"][0]["input"].startswith("insert_positions(")
    assert "def insert_positions" in problem["starter"]
    text = json.dumps(problem)
    with open("problems/insert-positions/reference.py") as f:
        reference = f.read()
    assert reference.strip() not in text
    assert set(problem) == {"slug", "title", "difficulty", "category", "kind", "patterns",
                            "statement", "signature", "samples", "starter", "file_suffix",
                            "limits", "input_example"}
    assert client.get("/api/problems/no-such-problem").status_code == 404


def test_a_submission_is_accepted_at_once_then_graded(client) -> None:
    auth = _register(client)
    submission_id = _submit(client, auth)
    body = _wait(client, auth, submission_id)
    assert body["verdict"] == "Accepted" and body["first_failure"] is None
    assert body["result"]["tests"][-1]["group"] == "properties"
    assert body["code"] == GOOD and body["attempts"] == 1
    listing = client.get("/api/submissions", headers=auth).json()
    assert [s["id"] for s in listing] == [submission_id]


def test_a_wrong_answer_shows_the_first_failing_case(client) -> None:
    auth = _register(client)
    body = _wait(client, auth, _submit(client, auth, WRONG))
    assert body["verdict"] == "Wrong Answer"
    failure = body["first_failure"]
    assert failure["verdict"] == "Wrong Answer"
    assert failure["input"] and failure["expected"] and failure["got"]
    assert body["result"]["next_step"]


def test_samples_mode_grades_only_the_samples(client) -> None:
    auth = _register(client)
    body = _wait(client, auth, _submit(client, auth, mode="samples"))
    assert body["mode"] == "samples" and body["verdict"] == "Accepted"
    assert {t["group"] for t in body["result"]["tests"]} == {"sample"}


def test_the_event_stream_reports_each_test_then_the_verdict(client) -> None:
    auth = _register(client)
    submission_id = _submit(client, auth)
    with client.stream("GET", f"/api/submissions/{submission_id}/events",
                       headers=auth) as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = [line.split(": ", 1)[1] for line in response.iter_lines()
                  if line.startswith("event: ")]
    assert events[0] == "started" and events[-1] == "finished"
    assert events.count("test") >= 3
    # reconnecting after the last event gives nothing new and ends at once
    _wait(client, auth, submission_id)
    with client.stream("GET", f"/api/submissions/{submission_id}/events",
                       headers={**auth, "Last-Event-ID": "999999"}) as response:
        assert [line for line in response.iter_lines() if line.startswith("event:")] == []


def test_someone_elses_submission_is_not_found(client) -> None:
    ada = _register(client, "ada")
    bob = _register(client, "bob")
    submission_id = _submit(client, ada)
    assert client.get(f"/api/submissions/{submission_id}", headers=bob).status_code == 404
    assert client.get(f"/api/submissions/{submission_id}/events",
                      headers=bob).status_code == 404
    assert client.get("/api/submissions", headers=bob).json() == []
    assert client.get("/api/submissions/999999", headers=ada).status_code == 404


@pytest.mark.parametrize("body, status, message", [
    ({"problem": "no-such-problem", "code": GOOD}, 404, "no problem named"),
    ({"problem": "insert-positions", "code": "   "}, 422, "empty"),
    ({"problem": "insert-positions", "code": GOOD, "mode": "fast"}, 422, "mode"),
    ({"problem": "insert-positions"}, 422, "code is required"),
    ({"problem": "insert-positions", "code": 42}, 422, "code"),
])
def test_bad_submissions_are_refused_with_a_message(idle_client, body, status, message) -> None:
    auth = _register(idle_client)
    response = idle_client.post("/api/submissions", headers=auth, json=body)
    assert response.status_code == status and message in response.json()["detail"]
    assert idle_client.get("/api/submissions", headers=auth).json() == []


def test_malformed_json_is_a_422(idle_client) -> None:
    auth = _register(idle_client)
    response = idle_client.post("/api/submissions", headers={**auth, "Content-Type":
                                                             "application/json"},
                                content=b"{not json")
    assert response.status_code == 422 and response.json()["detail"]


def test_code_and_request_size_caps(idle_client, settings) -> None:
    auth = _register(idle_client)
    big = "#" * (settings.max_code_bytes + 1)
    response = idle_client.post("/api/submissions", headers=auth,
                                json={"problem": "insert-positions", "code": big})
    assert response.status_code == 422
    assert response.json()["detail"] == ("the code is over 256 KiB "
                                         f"({settings.max_code_bytes + 1} bytes in UTF-8)")
    huge = b'{"problem": "insert-positions", "code": "' + b"#" * (8 * settings.max_code_bytes)
    response = idle_client.post("/api/submissions", headers={**auth, "Content-Type":
                                                             "application/json"}, content=huge)
    assert response.status_code == 413
    assert response.json()["detail"] == "the code is over 256 KiB"

    def chunks():  # no Content-Length: the cap counts what arrives
        yield huge[:1000]
        yield huge[1000:]

    streamed = idle_client.post("/api/submissions", headers={**auth, "Content-Type":
                                                             "application/json"}, content=chunks())
    assert streamed.status_code == 413 and streamed.json()["detail"] == "the code is over 256 KiB"
    assert idle_client.get("/api/submissions", headers=auth).json() == []


def test_a_413_names_the_part_that_is_too_big(idle_client, settings) -> None:
    """The input over its cap is the input's fault, not the code's; a body too big in no
    one part is the request's."""
    auth = {**_register(idle_client), "Content-Type": "application/json"}
    too_long = b"nums = [" + b"1, " * (1024 * 1024)
    body = (b'{"problem": "insert-positions", "code": "x = 1", "mode": "custom", '
            b'"input": "' + too_long)
    response = idle_client.post("/api/submissions", headers=auth, content=body)
    assert response.status_code == 413 and response.json()["detail"] == "the input is over 64 KiB"

    # neither part alone is over its limit however encoded: the request is too big
    escaped = b"\\u00e9" * (100 * 1024)  # 200 KiB of code in UTF-8, 600 KiB as JSON
    many = b'{"problem": "insert-positions", "code": "' + escaped + b'", "padding": "'
    response = idle_client.post("/api/submissions", headers=auth,
                                content=many + b"#" * (2 * 1024 * 1024) + b'"}')
    assert response.status_code == 413
    assert response.json()["detail"] == "the request is over 1984 KiB"

    # the most JSON's escapes make of code within its limit still fits under the cap
    legal = "\x01" * settings.max_code_bytes  # 256 KiB of code, 1.5 MiB as JSON
    response = idle_client.post("/api/submissions", headers=auth, content=json.dumps(
        {"problem": "insert-positions", "code": legal}))
    assert response.status_code == 202, response.text


@pytest.mark.parametrize("method, path, body, message", [
    ("GET", "/api/submissions/abc", None, "submission_id must be a whole number"),
    ("GET", "/api/submissions/0", None, "submission_id must be at least 1"),
    ("GET", "/api/submissions/3000000000", None, "submission_id must be at most 2147483647"),
    ("GET", "/api/submissions?limit=100000", None, "limit must be at most 200"),
    ("GET", "/api/submissions?problem=" + "a" * 101, None, "problem is over 100 characters"),
    ("GET", "/api/submissions?problem=%00", None, "problem must not contain a NUL character"),
    ("GET", "/api/groups/{gid}/leaderboard?start=yesterday", None,
     "start must be a date YYYY-MM-DD"),
    ("GET", "/api/groups/{gid}/leaderboard?end=2026-13-01", None,
     "end must be a date YYYY-MM-DD"),
    ("GET", "/api/groups/{gid}/leaderboard?window=month", None, "window must be 'all' or 'week'"),
    ("DELETE", "/api/auth/tokens/x", None, "token_id must be a whole number"),
    ("POST", "/api/submissions", {"problem": "insert-positions", "code": ""},
     "code must not be empty"),
    ("POST", "/api/submissions", {"problem": "insert-positions", "code": 42},
     "code must be a string"),
    ("POST", "/api/submissions", {"problem": "insert-positions", "code": "x", "mode": "fast"},
     "mode must be 'full', 'samples' or 'custom'"),
    ("POST", "/api/submissions", {"problem": "insert-positions", "code": "x", "mode": "custom",
                                  "input": "é" * 40000},  # 40,000 characters, 80,000 bytes
     "the input is over 64 KiB"),
    ("POST", "/api/submissions", [1, 2], "the body must be a JSON object"),
    ("POST", "/api/groups", {"name": "x" * 201}, "a group name is 1-64 characters"),
    ("POST", "/api/groups", {}, "name is required"),
    ("POST", "/api/admin/rejudge", {"ids": [0]}, "ids[0] must be at least 1"),
    ("POST", "/api/admin/rejudge", {"ids": list(range(1, 1002))},
     "ids has more than 1000 items"),
    ("POST", "/api/admin/rejudge", {}, "name submission ids, or a problem"),
    ("PUT", "/api/groups/{gid}/plan", {"name": "p", "weeks": [{"title": "",
                                                                 "problems": ["a"]}]},
     "weeks[0].title must not be empty"),
    ("PUT", "/api/groups/{gid}/plan", {"name": "p", "weeks": [{"title": "w", "problems": [
        "insert-positions", "insert-positions"]}]}, "'insert-positions' appears twice in the plan"),
])
def test_invalid_input_is_refused_in_the_judges_words(idle_client, method, path, body,
                                                      message) -> None:
    """Each field named as the request spells it, in a sentence of the judge's own: never
    FastAPI's location ("path.", "query.", "body.") or pydantic's wording."""
    auth = _register(idle_client)
    gid = idle_client.post("/api/groups", headers=auth, json={"name": "g"}).json()["id"]
    response = idle_client.request(method, path.format(gid=gid), headers=auth,
                                   **({} if body is None else {"json": body}))
    assert response.status_code == 422, response.text
    assert response.json()["detail"] == message


def test_rate_limit_per_user(settings) -> None:
    settings.submissions_per_minute = 3
    with TestClient(create_app(settings, workers=0)) as client:
        ada, bob = _register(client, "ada"), _register(client, "bob")
        for _ in range(3):
            _submit(client, ada)
        response = client.post("/api/submissions", headers=ada,
                               json={"problem": "insert-positions", "code": GOOD})
        assert response.status_code == 429 and "a minute" in response.json()["detail"]
        assert int(response.headers["Retry-After"]) >= 1
        _submit(client, bob)  # others are not held back


def test_runs_and_submissions_have_a_limit_each(settings) -> None:
    # trying things out (samples, your own input) never uses up the right to submit, nor
    # the other way round; the 429 says which limit was reached
    settings.submissions_per_minute, settings.runs_per_minute = 2, 3
    run = {"mode": "custom", "input": "nums = [1, 3]\nqueries = [2]\n"}
    with TestClient(create_app(settings, workers=0)) as client:
        ada = _register(client, "ada")

        def refused(**extra) -> str:
            response = client.post("/api/submissions", headers=ada, json={
                "problem": "insert-positions", "code": GOOD, **extra})
            assert response.status_code == 429, response.text
            assert int(response.headers["Retry-After"]) >= 1
            return response.json()["detail"]

        _submit(client, ada, mode="samples")
        _submit(client, ada, **run)
        _submit(client, ada, mode="samples")
        assert refused(**run).startswith("at most 3 runs a minute on the samples or on your "
                                         "own input (submissions have a limit of their own)")
        assert "3 runs a minute" in refused(mode="samples")
        _submit(client, ada)
        _submit(client, ada, mode="full")
        assert refused().startswith("at most 2 submissions a minute (runs on the samples or "
                                    "on your own input have a limit of their own); try again")
        assert "3 runs a minute" in refused(mode="samples")


def test_queue_cap(settings) -> None:
    settings.queue_cap = 2
    with TestClient(create_app(settings, workers=0)) as client:
        ada = _register(client)
        _submit(client, ada)
        _submit(client, ada)
        response = client.post("/api/submissions", headers=ada,
                               json={"problem": "insert-positions", "code": GOOD})
        assert response.status_code == 503 and "waiting" in response.json()["detail"]


def test_a_waiting_submission_says_how_many_are_ahead(idle_client) -> None:
    ada, bob = _register(idle_client, "ada"), _register(idle_client, "bob")
    first = idle_client.post("/api/submissions", headers=ada,
                             json={"problem": "insert-positions", "code": GOOD}).json()
    assert first["queue_ahead"] == 0
    second = idle_client.post("/api/submissions", headers=bob,
                              json={"problem": "insert-positions", "code": GOOD}).json()
    assert second["queue_ahead"] == 1
    third = _submit(idle_client, ada)
    assert idle_client.get(f"/api/submissions/{third}", headers=ada).json()["queue_ahead"] == 2

    job = queue.claim(idle_client.app.state.services.sessions, "worker-1", lease_seconds=60)
    assert job.id == first["id"]  # the oldest goes first, and is no longer waiting
    assert idle_client.get(f"/api/submissions/{job.id}", headers=ada).json()[
        "queue_ahead"] is None
    assert idle_client.get(f"/api/submissions/{third}", headers=ada).json()["queue_ahead"] == 1


def test_health_reports_database_and_sandbox(client) -> None:
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["database"] == "ok"
    assert body["sandbox"] == "ok (fake)" and body["workers"] == 1


def test_health_without_workers_needs_no_sandbox(idle_client) -> None:
    """The API beside `judge worker` processes (serve --workers 0) starts no sandbox, so one
    it cannot reach (no Docker socket in its container) does not make it unhealthy."""
    idle_client.app.state.services.backend_factory = _no_sandbox
    response = idle_client.get("/api/health")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "ok" and body["workers"] == 0
    assert body["sandbox"] == "not used here (no grading workers in this process)"


def _no_sandbox():
    raise RuntimeError("no sandbox can run here")


def test_openapi_docs_are_served(idle_client) -> None:
    assert idle_client.get("/docs").status_code == 200
    paths = idle_client.get("/openapi.json").json()["paths"]
    assert "/api/submissions/{submission_id}/events" in paths


HOSTILE = [
    ("GET", "/api/submissions/99999999999999999999", None),
    ("GET", "/api/submissions/3000000000", None),
    ("GET", "/api/submissions/0", None),
    ("GET", "/api/submissions/abc", None),
    ("GET", "/api/submissions?before=99999999999999999999", None),
    ("GET", "/api/submissions?limit=100000", None),
    ("GET", "/api/submissions?problem=%00", None),
    ("GET", "/api/submissions/99999999999999999999/events", None),
    ("GET", "/api/groups/99999999999999999999", None),
    ("GET", "/api/groups/{gid}/leaderboard?start=yesterday", None),
    ("DELETE", "/api/groups/{gid}/members/%00", None),
    ("GET", "/api/problems/%00", None),
    ("GET", "/api/problems/..%2F..%2Fetc%2Fpasswd", None),
    ("POST", "/api/submissions", b'{"problem": "insert-positions", "code": "x = 1\\u0000"}'),
    ("POST", "/api/submissions", b'{"problem": "insert-positions", "code": "x = \\ud800"}'),
    ("POST", "/api/submissions", b'{"problem": "insert-positions\\u0000", "code": "x = 1"}'),
    ("POST", "/api/submissions", b'[1, 2, 3]'),
    ("POST", "/api/submissions", b'{"problem": null, "code": null}'),
    ("POST", "/api/submissions", b'\xff\xfe not utf-8'),
    ("POST", "/api/groups", b'{"name": "a\\u0000b"}'),
    ("POST", "/api/groups/join", b'{"invite_code": "\\ud800"}'),
    ("POST", "/api/auth/register", b'{"username": "bob", "password": "pass\\u0000word1"}'),
    ("POST", "/api/auth/login", b'{"username": "\\u0000", "password": "whatever1"}'),
    ("PUT", "/api/groups/{gid}/plan", b'{"name": "x", "weeks": [{"title": "\\u0000",'
                                      b' "problems": ["insert-positions"]}]}'),
]


@pytest.mark.parametrize("method, path, body", HOSTILE)
def test_hostile_input_gets_a_4xx_with_a_message_never_a_500(settings, method, path,
                                                             body) -> None:
    with TestClient(create_app(settings, workers=0), raise_server_exceptions=False) as client:
        auth = _register(client)
        gid = client.post("/api/groups", headers=auth, json={"name": "g"}).json()["id"]
        response = client.request(method, path.format(gid=gid), content=body,
                                  headers={**auth, "Content-Type": "application/json"})
        assert 400 <= response.status_code < 500, response.text
        assert response.json()["detail"]


@pytest.mark.parametrize("query", ["end=9999-12-31", "start=0001-01-01&end=0001-01-01",
                                   "start=0001-01-01&end=9999-12-31"])
def test_windows_at_the_ends_of_the_calendar_are_fine(idle_client, query) -> None:
    auth = _register(idle_client)
    gid = idle_client.post("/api/groups", headers=auth, json={"name": "g"}).json()["id"]
    response = idle_client.get(f"/api/groups/{gid}/leaderboard?{query}", headers=auth)
    assert response.status_code == 200, response.text
    assert response.json()["rows"][0]["username"] == "ada"


def test_no_free_database_connection_is_a_503_with_retry_after(idle_client, monkeypatch) -> None:
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    from judge.service import submissions

    auth = _register(idle_client)

    def busy(*args, **kwargs):
        raise PoolTimeout("QueuePool limit of size 5 overflow 10 reached")

    monkeypatch.setattr(submissions, "count_own", busy)
    response = idle_client.get("/api/auth/me", headers=auth)
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert response.json() == {"detail": "the service is busy; try again shortly"}
