"""Kinds of problem: what a submission is (a function, a class driven by operations, a
function over DataFrames, a SQL query) and all that follows from it outside the sandbox, on
one protocol (`ProblemKind`). Adding a kind is one module here, its entry in `KINDS`, and its
tests."""

from .base import InputError, Kind, ProblemKind
from .dataframe import DataFrameKind
from .duckdb import DuckDbKind
from .function import FunctionKind
from .operations import OperationsKind
from .sql import SqlKind

KINDS: dict[Kind, ProblemKind] = {
    Kind.function: FunctionKind(),
    Kind.klass: OperationsKind(),
    Kind.pandas: DataFrameKind(),
    Kind.sql: SqlKind(),
}


DIALECTS: dict[str, ProblemKind] = {"sqlite": KINDS[Kind.sql], "duckdb": DuckDbKind()}
"""A SQL problem's kinds by the dialect a submission is written in; SQLite's is the default."""


def kind_of(kind: Kind, dialect: str | None = None) -> ProblemKind:
    """The kind of problem `kind`, for a submission in `dialect` (SQL problems only: None
    is the default dialect). ValueError for a dialect it has not."""
    if dialect is None:
        return KINDS[kind]
    if kind != Kind.sql:
        raise ValueError(f"a dialect is for SQL problems, not {kind.value} problems")
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}: use {' or '.join(DIALECTS)}")
    return DIALECTS[dialect]


__all__ = ["DIALECTS", "KINDS", "InputError", "Kind", "ProblemKind", "kind_of"]
