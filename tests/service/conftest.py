"""Databases for the service tests: every test runs on SQLite and on PostgreSQL (the
`postgres_url` fixture, in tests/conftest.py)."""

import logging
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from prometheus_client import REGISTRY

from api.app import create_app
from judge.service.store.migrate import open_database
from judge.service.store.models import Submission
from judge.settings import Settings
from sandbox.fake import FakeBackend, harness_handler

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'judge.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def database(database_url: str):
    """(engine, session factory) on a migrated database."""
    engine, sessions = open_database(database_url)
    yield engine, sessions
    engine.dispose()


@pytest.fixture
def engine(database):
    return database[0]


@pytest.fixture
def sessions(database):
    return database[1]


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url,
                    problems_dir=ROOT / "problems", lease_seconds=30)


@pytest.fixture
def judge_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """caplog with every record of the judge's loggers (`judge.*`), each once. They stop
    propagating when logs.install runs (create_app), and pytest adds its handler only to the
    loggers that were not propagating when the test began: here it is added to `judge`
    whatever happens, and `judge` stops propagating at once, as logs.install leaves it."""
    caplog.set_level(logging.INFO)
    judge = logging.getLogger("judge")
    propagate, added = judge.propagate, caplog.handler not in judge.handlers
    judge.propagate = False
    if added:
        judge.addHandler(caplog.handler)
    yield caplog
    if added:
        judge.removeHandler(caplog.handler)
    judge.propagate = propagate


def at_once(count: int, work: Callable[[int], None], timeout: float = 60) -> None:
    """Runs `work(0)` ... `work(count - 1)` in threads released together (a barrier), and
    raises the first exception any of them raised: a dead thread fails the test."""
    start = threading.Barrier(count)
    errors: list[BaseException] = []

    def run(index: int) -> None:
        start.wait()
        try:
            work(index)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    if errors:
        raise errors[0]


def stored(sessions, submission_id: int) -> Submission:
    """The submission's row as the database has it now."""
    with sessions() as session:
        return session.get(Submission, submission_id)


def internal_errors(mode: str) -> float:
    """Internal Errors this process's workers wrote (judge_verdicts_total, on /metrics)."""
    return REGISTRY.get_sample_value("judge_verdicts_total",
                                     {"verdict": "Internal Error", "mode": mode}) or 0.0


# A correct insert-positions solution, written out (the problem forbids bisect).
GOOD = ("def insert_positions(nums, queries):\n"
        "    def first_at_least(q):\n"
        "        low, high = 0, len(nums)\n"
        "        while low < high:\n"
        "            mid = (low + high) // 2\n"
        "            if nums[mid] < q:\n"
        "                low = mid + 1\n"
        "            else:\n"
        "                high = mid\n"
        "        return low\n"
        "    return [first_at_least(q) for q in queries]\n")


def make_app(settings: Settings, workers: int):
    """The app on the fake backend (trusted test code only), its lifespan running (the
    database, `workers` grading threads) while the caller's browsers use it."""
    app = create_app(settings, backend_factory=lambda: FakeBackend(harness_handler()),
                     workers=workers)
    with TestClient(app):
        yield app


@pytest.fixture
def app(settings):
    """The web and API app with one grading worker."""
    yield from make_app(settings, workers=1)


@pytest.fixture
def client(settings):
    """The API in-process, without grading workers."""
    with TestClient(create_app(settings, workers=0)) as client:
        yield client


@pytest.fixture
def store(settings):
    """Sessions on the client's database, to write histories straight into it."""
    engine, sessions = open_database(settings.database_url)
    yield sessions
    engine.dispose()


def register_api(client, name: str) -> dict:
    """Registers `name` through the API; the headers that authenticate as them."""
    response = client.post("/api/auth/register", json={"username": name,
                                                       "password": "correct horse"})
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}
