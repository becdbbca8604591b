"""Databases for the service tests: every test runs on SQLite and on PostgreSQL (the
`postgres_url` fixture, in tests/conftest.py)."""

from pathlib import Path

import pytest

from judge.settings import Settings
from judge.store.db import make_engine, make_sessions
from judge.store.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'data' / 'judge.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def engine(database_url: str):
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def sessions(engine):
    return make_sessions(engine)


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=database_url,
                    problems_dir=ROOT / "problems", lease_seconds=30)
