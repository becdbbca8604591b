"""Alembic migrations, run from code: `judge serve` and `judge worker` upgrade on start."""

import fcntl
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker

from .db import make_engine, make_sessions

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

log = logging.getLogger(__name__)


def alembic_config(engine: Engine, applied: list[str] | None = None) -> Config:
    """Alembic's configuration for `engine`; the revisions an upgrade applies are appended
    to `applied` and logged."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    config.attributes["on_version_apply"] = partial(_applied, [] if applied is None else applied)
    return config


def _applied(applied: list[str], *, ctx, step, heads, run_args) -> None:
    """One line per migration, through the judge's logging (so in JSON too), for whoever
    upgrades to watch (docs/operations.md). Alembic's own lines are not shown: its logging
    is configured by an ini file the judge does not use."""
    revision = step.up_revision
    what = f": {revision.doc}" if revision is not None and revision.doc else ""
    action = "applied" if step.is_upgrade else "reverted"
    applied.append(step.up_revision_id)
    log.info("database migration %s %s%s", step.up_revision_id, action, what)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Brings the database to `revision`, every pending migration in one transaction: a
    failure leaves it as it was. Safe when several processes start at once on one database:
    one migrates, the others wait and then find nothing to do. On PostgreSQL an advisory lock
    (taken in migrations/env.py, inside the migration's transaction) does it; on SQLite a
    lock file beside the database."""
    applied: list[str] = []
    database = engine.url.render_as_string(hide_password=True)
    try:
        with _migrating(engine) as migrating:
            command.upgrade(alembic_config(migrating, applied), revision)
    except Exception:
        if applied:
            log.error("database migration failed on %s after %s: none of them is kept, the "
                      "database is as it was", database, ", ".join(applied))
        raise
    if applied:
        log.info("database %s upgraded to %s (%d migration(s))", database, applied[-1],
                 len(applied))


@contextmanager
def _migrating(engine: Engine) -> Iterator[Engine]:
    """The engine to migrate with. For an SQLite file, an engine of its own, under the lock
    file, on which a transaction covers DDL too: Python's sqlite3 opens transactions only
    before data changes, so a failing migration once left the tables it had already altered
    altered, its version unrecorded, and every later start failing on them. There the
    driver's own transaction handling is off and SQLAlchemy's begin says BEGIN (SQLite's DDL
    is transactional; SQLAlchemy's documented recipe for pysqlite)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:":  # PostgreSQL's DDL is transactional already
        yield engine
        return
    with open(database + ".migrate-lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
        migrating = make_engine(engine.url.render_as_string(hide_password=False))
        event.listen(migrating, "connect", _driver_transactions_off)
        event.listen(migrating, "begin", _begin)
        try:
            yield migrating
        finally:
            migrating.dispose()


def _driver_transactions_off(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None


def _begin(connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """An engine on `url`, migrated to the newest schema, and its session factory."""
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_sessions(engine)
