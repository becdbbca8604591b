"""Alembic migrations, run from code: `judge serve` and `judge worker` upgrade on start."""

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from .db import make_engine, make_sessions

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Safe when several processes start at once on one database: one migrates, the others
    wait and then find nothing to do. On PostgreSQL an advisory lock (taken in migrations/env.py,
    inside the migration's transaction) does it; SQLite runs DDL outside transactions, so a
    lock file beside the database does."""
    with _sqlite_lock(engine):
        command.upgrade(alembic_config(engine), revision)


@contextmanager
def _sqlite_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":
        yield
        return
    with open(database + ".migrate-lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        yield


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """An engine on `url`, migrated to the newest schema, and its session factory."""
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_sessions(engine)
