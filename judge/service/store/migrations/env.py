"""Alembic environment: the engine comes from judge.service.store.migrate, never from an ini
file."""

from alembic import context

from judge.service.store.models import Base

MIGRATION_LOCK = 0x6A756467  # any constant shared by every judge process ("judg")

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    if connection.dialect.name == "postgresql":
        # Processes starting together migrate one at a time; the lock ends with the
        # transaction, and the next one then reads the version just written.
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      on_version_apply=context.config.attributes.get("on_version_apply"))
    with context.begin_transaction():
        context.run_migrations()
