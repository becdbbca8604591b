"""Alembic migrations, run from code: `judge serve` and `judge worker` upgrade on start."""

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
    command.upgrade(alembic_config(engine), revision)


def open_database(url: str) -> tuple[Engine, sessionmaker[Session]]:
    """An engine on `url`, migrated to the newest schema, and its session factory."""
    engine = make_engine(url)
    upgrade(engine)
    return engine, make_sessions(engine)
