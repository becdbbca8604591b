"""Databases for the service tests: every test runs on SQLite and on PostgreSQL.

PostgreSQL comes from JUDGE_TEST_POSTGRES_URL (scripts/test starts one as root and sets it);
each test gets a fresh database. Without it the PostgreSQL half skips, unless
JUDGE_REQUIRE_POSTGRES=1 (CI), which makes it fail.
"""

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from judge.settings import Settings
from judge.store.db import make_engine, make_sessions
from judge.store.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]


def _postgres_admin_url() -> str:
    url = os.environ.get("JUDGE_TEST_POSTGRES_URL")
    if not url:
        message = "no PostgreSQL for the tests (set JUDGE_TEST_POSTGRES_URL)"
        if os.environ.get("JUDGE_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " (JUDGE_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(message)
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    admin_url = make_url(_postgres_admin_url()).set(drivername="postgresql+psycopg")
    name = "judge_test_" + uuid.uuid4().hex[:12]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


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
