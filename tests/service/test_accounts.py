"""Guessing passwords is slowed: wrong attempts per name and address are counted in the
database (so the limit holds across processes), on SQLite and PostgreSQL."""

import time
from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from api.app import create_app
from judge.service import accounts
from judge.service.accounts import LoginFailed, LoginThrottled
from judge.service.store.models import LoginFailure

PASSWORD = "correct horse"


def _fail(session, name: str, client: str) -> None:
    with pytest.raises(LoginFailed):
        accounts.login(session, name, "not the password", client)


def test_ten_wrong_passwords_from_one_address_make_it_wait(sessions) -> None:
    with sessions() as session:
        accounts.register(session, "ada", PASSWORD)
        session.commit()
        for _ in range(accounts.MAX_FAILURES_PER_CLIENT):
            _fail(session, "ada", "10.0.0.1")
        with pytest.raises(LoginThrottled) as refused:  # even with the right password
            accounts.login(session, "ada", PASSWORD, "10.0.0.1")
        assert 0 < refused.value.retry_after <= 15 * 60 + 1
        assert "too many wrong passwords for 'ada'" in str(refused.value)
        # Another address may still log in, and the owner is not locked out by a stranger.
        assert accounts.login(session, "ada", PASSWORD, "10.0.0.2").username == "ada"

        # Once the failures are older than the window, the address may try again.
        for failure in session.scalars(select(LoginFailure)):
            failure.at -= accounts.FAILURE_WINDOW + timedelta(seconds=1)
        session.commit()
        assert accounts.login(session, "ada", PASSWORD, "10.0.0.1").username == "ada"


def test_guesses_spread_over_many_addresses_are_capped_per_name(sessions) -> None:
    with sessions() as session:
        accounts.register(session, "ada", PASSWORD)
        session.commit()
        for i in range(accounts.MAX_FAILURES_PER_NAME):
            _fail(session, "ada", f"10.0.{i // 256}.{i % 256}")
        with pytest.raises(LoginThrottled):
            accounts.login(session, "ada", PASSWORD, "192.168.0.1")


def test_unknown_names_are_throttled_alike_and_success_clears_the_count(sessions) -> None:
    with sessions() as session:
        for _ in range(accounts.MAX_FAILURES_PER_CLIENT):
            _fail(session, "nobody", "10.0.0.1")
        with pytest.raises(LoginThrottled):  # no hint whether the name exists
            accounts.login(session, "nobody", "whatever1", "10.0.0.1")

        accounts.register(session, "ada", PASSWORD)
        session.commit()
        for _ in range(accounts.MAX_FAILURES_PER_CLIENT - 1):
            _fail(session, "ada", "10.0.0.1")
        accounts.login(session, "ada", PASSWORD, "10.0.0.1")
        session.commit()
        for _ in range(accounts.MAX_FAILURES_PER_CLIENT - 1):  # the count started again
            _fail(session, "ada", "10.0.0.1")
        assert accounts.login(session, "ada", PASSWORD, "10.0.0.1").username == "ada"


def test_the_api_and_the_login_page_answer_429(settings) -> None:
    with TestClient(create_app(settings, workers=0), client=("10.1.1.1", 4000)) as client:
        client.post("/api/auth/register", json={"username": "ada", "password": PASSWORD})
        for _ in range(accounts.MAX_FAILURES_PER_CLIENT):
            wrong = client.post("/api/auth/login", json={"username": "ada", "password": "x" * 9})
            assert wrong.status_code == 401
        refused = client.post("/api/auth/login", json={"username": "ada", "password": PASSWORD})
        assert refused.status_code == 429 and int(refused.headers["Retry-After"]) > 0
        assert "try again in" in refused.json()["detail"]

        client.get("/login")
        page = client.post("/login", data={"username": "ada", "password": PASSWORD,
                                           "csrf": client.cookies["judge_csrf"], "next": "/"})
        assert page.status_code == 429 and "too many wrong passwords" in page.text
        assert 'value="ada"' in page.text  # the form is back, the name kept


def test_no_transaction_is_open_while_the_password_is_checked(sessions, monkeypatch) -> None:
    """argon2 is slow on purpose: a transaction held across it (a write lock, on SQLite)
    stalled every other writer during a flood of wrong logins."""
    with sessions() as session:
        accounts.register(session, "ada", PASSWORD)
        session.commit()
        seen = []
        hasher = accounts._hasher

        class Watched:
            def verify(self, stored: str, password: str) -> bool:
                seen.append(session.in_transaction())
                return hasher.verify(stored, password)

        monkeypatch.setattr(accounts, "_hasher", Watched())
        _fail(session, "ada", "10.0.0.1")
        _fail(session, "nobody", "10.0.0.1")
        assert accounts.login(session, "ada", PASSWORD, "10.0.0.1").username == "ada"
        assert seen == [False, False, False]


def test_old_failures_are_swept_whatever_their_name(sessions) -> None:
    with sessions() as session:
        _fail(session, "mistyped-secret", "10.0.0.1")
        for failure in session.scalars(select(LoginFailure)):
            failure.at -= accounts.FAILURE_WINDOW + timedelta(seconds=1)
        session.commit()
        _fail(session, "someone-else", "10.0.0.2")
        assert sorted(session.scalars(select(LoginFailure.username))) == ["someone-else"]


def test_password_work_is_bounded_and_the_overflow_refused_at_once() -> None:
    """A flood of logins must not hold every request thread: past the bound, 429 at once."""
    import threading

    from judge.service.accounts import PasswordWorkBusy, _PasswordWork

    work = _PasswordWork(running=1, waiting=1)
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with work.slot():
            inside.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert inside.wait(10)
    waiter = threading.Thread(target=lambda: work.slot().__enter__())  # queued behind it
    waiter.start()
    deadline = time.monotonic() + 10
    while work.inside < 2:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    with pytest.raises(PasswordWorkBusy) as refused, work.slot():
        pass
    assert refused.value.retry_after > 0
    release.set()
    holder.join(10)
    waiter.join(10)
    assert not waiter.is_alive()
