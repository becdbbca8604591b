"""Kinds of problem: what a submission is (a function, a class driven by operations, a
function over DataFrames, a SQL query) and all that follows from it outside the sandbox, on
one protocol (`ProblemKind`). Adding a kind is one module here, its entry in `KINDS`, and its
tests."""

from .base import InputError, Kind, ProblemKind
from .dataframe import DataFrameKind
from .function import FunctionKind
from .operations import OperationsKind
from .sql import SqlKind

KINDS: dict[Kind, ProblemKind] = {
    Kind.function: FunctionKind(),
    Kind.klass: OperationsKind(),
    Kind.pandas: DataFrameKind(),
    Kind.sql: SqlKind(),
}


def kind_of(kind: Kind) -> ProblemKind:
    return KINDS[kind]


__all__ = ["KINDS", "InputError", "Kind", "ProblemKind", "kind_of"]
