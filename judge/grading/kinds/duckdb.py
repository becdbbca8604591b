"""A SQL problem answered in DuckDB's dialect, close to PostgreSQL's: the same problem, tables
and checker as SQLite's (`sql.py`), the query run on DuckDB in the sandbox. The harness gives
DuckDB no files, network or extensions, and the tables the same ranges as SQLite's (64-bit
integers, doubles)."""

from .sql import SqlKind


class DuckDbKind(SqlKind):
    dialect = "duckdb"

    def runtime_modules(self, reference: str) -> tuple[str, ...]:
        return ("duckdb",)
