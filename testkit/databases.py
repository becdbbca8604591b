"""A fresh, empty PostgreSQL database for one run: the tests' `postgres_url` fixture and the
workers benchmark both make theirs here."""

import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ProgrammingError


@contextmanager
def fresh_database(admin_url: str, prefix: str = "judge_") -> Iterator[str]:
    """A new database on the server of `admin_url` (its URL, password included), dropped
    afterwards."""
    admin_url = make_url(admin_url).set(drivername="postgresql+psycopg")
    name = prefix + uuid.uuid4().hex[:12]
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT", hide_parameters=True)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        _drop(admin, name)
        admin.dispose()


def _drop(admin, name: str) -> None:
    """FORCE ends our own leftover connections; an autovacuum worker visiting the new database
    belongs to no role, and only a superuser may end it (InsufficientPrivilege), so that case
    waits for it to finish and tries again."""
    for attempt in range(50):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except ProgrammingError as exc:
            if "InsufficientPrivilege" not in type(exc.orig).__name__ or attempt == 49:
                raise
            time.sleep(0.2)
