"""API tokens expire, can be listed and revoked, and logging out revokes the one in use; a
stranger's guessing does not lock an owner out where they usually log in; streams are capped
per user and carry the current attempt only; the database file is private."""

import stat
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from api.app import create_app
from judge.service import accounts, submissions
from judge.service.accounts import LoginFailed, LoginThrottled
from judge.service.store.models import ApiToken, Submission, SubmissionEvent, User, utcnow

PASSWORD = "correct horse"


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings.model_copy(update={"streams_per_user": 2}), workers=0),
                    client=("10.1.1.1", 4000)) as client:
        yield client


def _bearer(body: dict) -> dict:
    return {"Authorization": f"Bearer {body['token']}"}


def _register(client, name: str = "ada") -> dict:
    response = client.post("/api/auth/register", json={"username": name, "password": PASSWORD})
    assert response.status_code == 201, response.text
    return response.json()


def test_a_token_lasts_the_configured_days_and_not_after(client, settings) -> None:
    body = _register(client)
    lasts = (_parse(body["expires_at"]) - utcnow()).total_seconds()
    assert abs(lasts - settings.token_days * 86400) < 60
    assert client.get("/api/auth/me", headers=_bearer(body)).status_code == 200
    with client.app.state.services.sessions() as session:
        session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(seconds=1)))
        session.commit()
    expired = client.get("/api/auth/me", headers=_bearer(body))
    assert expired.status_code == 401 and "log in again" in expired.json()["detail"]


def test_logging_in_sweeps_the_users_expired_tokens(sessions) -> None:
    with sessions() as session:
        user = accounts.register(session, "ada", PASSWORD)
        accounts.issue_token(session, user, days=1)
        session.flush()
        session.execute(update(ApiToken).values(expires_at=utcnow() - timedelta(days=1)))
        accounts.issue_token(session, user, days=1)
        session.commit()
        assert len(session.scalars(select(ApiToken)).all()) == 1


def test_tokens_are_listed_and_revoked_one_by_one_and_logout_revokes_the_current(
        client) -> None:
    first = _bearer(_register(client))
    second = _bearer(client.post("/api/auth/login",
                                 json={"username": "ada", "password": PASSWORD}).json())
    bob = _bearer(_register(client, "bob"))
    listed = client.get("/api/auth/tokens", headers=first).json()
    assert [t["current"] for t in listed] == [False, True]  # newest first
    assert {t["client"] for t in listed} == {"10.1.1.1"}

    bobs = client.get("/api/auth/tokens", headers=bob).json()[0]["id"]
    assert client.delete(f"/api/auth/tokens/{bobs}", headers=first).status_code == 404
    assert client.get("/api/auth/me", headers=bob).status_code == 200  # untouched

    assert client.delete(f"/api/auth/tokens/{listed[0]['id']}", headers=first).status_code == 204
    assert client.get("/api/auth/me", headers=second).status_code == 401
    assert client.post("/api/auth/logout", headers=first).status_code == 204
    assert client.get("/api/auth/me", headers=first).status_code == 401
    assert client.post("/api/auth/logout", headers=first).status_code == 401


def test_a_stranger_cannot_lock_the_owner_out_of_an_address_she_logged_in_from(
        sessions) -> None:
    with sessions() as session:
        accounts.register(session, "ada", PASSWORD, "10.0.0.1")
        session.commit()
        accounts.login(session, "ada", PASSWORD, "10.0.0.2")
        session.commit()
        for i in range(accounts.MAX_FAILURES_PER_NAME):  # guesses from everywhere
            with pytest.raises(LoginFailed):
                accounts.login(session, "ada", "not the password", f"172.16.{i // 9}.{i % 9}")
        for known in ("10.0.0.1", "10.0.0.2"):  # where she registered, where she logged in
            assert accounts.login(session, "ada", PASSWORD, known).username == "ada"
            session.commit()
        with pytest.raises(LoginThrottled):  # a new address waits, as a guesser's would
            accounts.login(session, "ada", PASSWORD, "192.168.0.1")
        # A known address still meets the per-address limit: guessing from it is slowed.
        for _ in range(accounts.MAX_FAILURES_PER_CLIENT):
            with pytest.raises(LoginFailed):
                accounts.login(session, "ada", "not the password", "10.0.0.2")
        with pytest.raises(LoginThrottled):
            accounts.login(session, "ada", PASSWORD, "10.0.0.2")


def test_a_user_may_hold_only_so_many_streams(client) -> None:
    auth = _bearer(_register(client))
    response = client.post("/api/submissions", headers=auth,
                           json={"problem": "insert-positions", "code": "x = 1\n"})
    submission_id = response.json()["id"]
    services = client.app.state.services
    with services.sessions() as session:
        user_id = session.scalar(select(User.id).where(User.username == "ada"))
    assert services.streams.acquire(user_id) and services.streams.acquire(user_id)  # 2 open
    refused = client.get(f"/api/submissions/{submission_id}/events", headers=auth)
    assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
    assert "2 event streams open" in refused.json()["detail"]

    services.streams.release(user_id)
    with services.sessions() as session:  # a finished grade: the stream ends at once
        session.execute(update(Submission).values(status="done", verdict="Accepted"))
        session.add(SubmissionEvent(submission_id=submission_id, attempt=1, kind="finished",
                                    data={"verdict": "Accepted"}))
        session.commit()
    with client.stream("GET", f"/api/submissions/{submission_id}/events",
                       headers=auth) as response:
        assert response.status_code == 200
        assert "event: finished" in response.read().decode()
    assert services.streams.open_for(user_id) == 1  # its slot was given back


def test_the_events_are_the_current_attempts_only(sessions) -> None:
    with sessions() as session:
        user = accounts.register(session, "ada", PASSWORD)
        submission = Submission(user_id=user.id, problem_slug="insert-positions", code="")
        session.add(submission)
        session.flush()

        def event(attempt: int, kind: str) -> int:
            row = SubmissionEvent(submission_id=submission.id, attempt=attempt, kind=kind,
                                  data={})
            session.add(row)
            session.flush()
            return row.id

        first = [event(1, "started"), event(1, "test"), event(1, "test")]
        assert [e.id for e in submissions.events_after(session, submission.id, 0)] == first
        # the worker died; the next attempt (numbered alike after a release) starts over
        second = [event(1, "started"), event(1, "test")]
        assert [e.id for e in submissions.events_after(session, submission.id, 0)] == second
        assert [e.id for e in submissions.events_after(session, submission.id,
                                                       first[-1])] == second
        assert [e.id for e in submissions.events_after(session, submission.id,
                                                       second[0])] == second[1:]


def test_the_database_is_readable_by_its_owner_alone(tmp_path, settings) -> None:
    url = f"sqlite:///{tmp_path / 'fresh' / 'judge.db'}"
    with TestClient(create_app(settings.model_copy(update={"database_url": url}), workers=0)):
        pass
    assert stat.S_IMODE((tmp_path / "fresh").stat().st_mode) == 0o700
    for path in (tmp_path / "fresh").glob("judge.db*"):
        if not path.name.endswith("lock"):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path

    older = tmp_path / "older" / "judge.db"  # made by a version that left it 0644
    older.parent.mkdir()
    older.touch(mode=0o644)
    older.chmod(0o644)
    url = f"sqlite:///{older}"
    with TestClient(create_app(settings.model_copy(update={"database_url": url}), workers=0)):
        pass
    assert stat.S_IMODE(older.stat().st_mode) == 0o600


def _parse(text: str):
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00"))
