"""A SQL problem: the submission is one query over named tables, run in the sandbox on the
engine of its dialect (SQLite's here; DuckDB's in `duckdb.py`); the tables are its input, the
rows it returns its answer."""

from typing import Any

from ..render.text import table_text
from ..render.views import Part, labelled_part
from ..wire.structures import Table
from .base import InputError, Kind, ProblemKind

POLICIES = ("sql", "custom")


class SqlKind(ProblemKind):
    kind = Kind.sql
    suffix = ".sql"
    comment = "--"
    policies = POLICIES
    shows_signature = False
    reads_tables = True
    result_heading = "Result"
    language = "sql"
    dialect = "sqlite"
    dialects = ("sqlite", "duckdb")

    def runtime_modules(self, reference: str) -> tuple[str, ...]:
        return ("sqlite3",)

    def load_fields(self) -> dict:
        return {"dialect": self.dialect}

    def policy_refused(self, policy: str) -> str | None:
        if policy in POLICIES:
            return None
        return "a sql problem needs the 'sql' (or 'custom') checker policy"

    def input_names(self, problem: Any) -> list[str]:
        """Its tables' names, as the samples give them."""
        return list(problem.samples[0].args[0]) if problem.samples else []

    def input_values(self, args: tuple) -> list:
        return list(args[0].values())

    def arguments(self, problem: Any, values: list) -> tuple:
        names = self.input_names(problem)
        for name, value in zip(names, values, strict=True):
            if not isinstance(value, Table):
                raise InputError(f"{name} must be a table([columns], [rows])")
        return (dict(zip(names, values, strict=True)),)

    def show_input(self, problem: Any, args: tuple) -> str:
        return "\n".join(table_text(name, t) for name, t in args[0].items())

    def input_views(self, problem: Any, args: tuple) -> list[Part] | None:
        return [labelled_part(name, table) for name, table in args[0].items()]

    def example_input(self, problem: Any, args: tuple) -> tuple[list[str], list[tuple]]:
        return [], list(args[0].items())
