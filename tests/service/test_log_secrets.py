"""No secret in any log line (issue 23, item 3): the database fails during registration, a
login and a request made with a token, on SQLite and PostgreSQL, and every line logged
meanwhile (the records themselves, as text and as JSON, tracebacks included) is searched
for the password, any argon2 hash, the token and any token's hash. The logged errors keep
their SQL statement, so the test knows it read the lines that matter."""

import hashlib
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, event, select

from api.app import create_app
from judge.service import logs
from judge.service.store.models import User

PASSWORD = "correct horse battery staple"
# what no log line may hold, whoever's: an argon2 hash, an API token, a sha256 (a token's
# hash as stored)
ANY_SECRET = re.compile(r"\$argon2|mlej_|\b[0-9a-f]{64}\b")


@contextmanager
def database_fails(engine: Engine, statement: str, error: str) -> Iterator[None]:
    """The next statements containing `statement` fail in the database driver with its
    `error` (OperationalError: the database went away or its disk is full; InternalError:
    anything else), the way a real failure reaches the judge: wrapped by SQLAlchemy with
    the statement and its parameters."""
    kind = getattr(engine.dialect.loaded_dbapi, error)

    def fail(cursor, sql, parameters, context) -> None:
        if statement in sql:
            raise kind(f"{error} made by the test")

    for name in ("do_execute", "do_executemany"):
        event.listen(engine, name, fail)
    try:
        yield
    finally:
        for name in ("do_execute", "do_executemany"):
            event.remove(engine, name, fail)


@pytest.fixture
def logged(judge_log) -> Iterator[tuple[pytest.LogCaptureFixture, io.StringIO]]:
    """Every record at INFO and above, and the judge's own output in JSON."""
    out = io.StringIO()
    try:
        yield judge_log, out
    finally:
        logs.install("text")


def _lines(caplog: pytest.LogCaptureFixture, out: io.StringIO) -> list[str]:
    text, json = logs.formatter("text"), logs.formatter("json")
    records = caplog.records
    return ([text.format(r) for r in records] + [json.format(r) for r in records]
            + out.getvalue().splitlines())


@pytest.mark.parametrize("error, status", [("OperationalError", 503), ("InternalError", 500)])
def test_database_errors_are_logged_without_a_secret(settings, logged, error, status) -> None:
    caplog, out = logged
    app = create_app(settings, workers=0)
    logs.install("json", stream=out)
    with TestClient(app, raise_server_exceptions=False) as client:
        engine = app.state.services.engine
        sessions = app.state.services.sessions

        # registration: the row going in carries the password's argon2 hash
        with database_fails(engine, "INSERT INTO users", error):
            failed = client.post("/api/auth/register",
                                 json={"username": "ada", "password": PASSWORD})
        assert failed.status_code == status, failed.text

        registered = client.post("/api/auth/register",
                                 json={"username": "ada", "password": PASSWORD})
        assert registered.status_code == 201, registered.text
        token = registered.json()["token"]
        with sessions() as session:
            password_hash = session.scalar(select(User.password_hash))

        # a login: the password checked, then a new token's hash going in
        with database_fails(engine, "INSERT INTO api_tokens", error):
            failed = client.post("/api/auth/login",
                                 json={"username": "ada", "password": PASSWORD})
        assert failed.status_code == status, failed.text

        # a request with a token: the token's hash looked up
        with database_fails(engine, "api_tokens.token_hash", error):
            failed = client.get("/api/auth/me", headers={"Authorization": f"Bearer {token}"})
        assert failed.status_code == status, failed.text

    lines = _lines(caplog, out)
    logged_errors = "\n".join(line for line in lines if error in line)
    for statement in ("INSERT INTO users", "INSERT INTO api_tokens", "api_tokens.token_hash"):
        assert statement in logged_errors, lines  # each failure was logged, with its SQL
    secrets = (PASSWORD, password_hash, token, hashlib.sha256(token.encode()).hexdigest())
    for line in lines:
        assert not any(secret in line for secret in secrets), line
        assert not ANY_SECRET.search(line), line
