"""Storage: SQLAlchemy models, the engine, migrations, and the submission queue."""
