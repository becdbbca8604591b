"""A user's own input for "Run with my input": one `name = value` line per argument.

    nums = [1, 3, 5, 6]
    queries = [5, 2]

Values are Python literals plus a few constructors for what a problem takes: `tree([...])`
(level order, None for a missing child), `linked([...])`, `array([...], dtype="float64")`,
`DataFrame({"col": [...]}, dtypes={"col": "int64"})`, `Series([...], dtype=..., name=...)`,
`table([("col", "INTEGER"), ...], [(row), ...])` for a SQL problem's tables, and `nan`,
`inf`. A class problem takes `operations = [["ClassName", [args]], ["method", [args]], ...]`.

The text is evaluated here, in the judge, by walking its syntax tree: literals and the listed
constructors only (no name lookup, no attribute, no operator but a sign), with its size
capped, so it can build data and nothing else. `format_input` writes the same language (the
page's input box starts with the first example), and `parse_input(format_input(args))`
gives the same arguments back for every problem's samples (tested).
"""

import ast
import math
from typing import Any

import numpy as np
import pandas as pd

from .codec import ARRAY_DTYPES, COLUMN_DTYPES
from .problems.loader import Problem
from .problems.model import Kind
from .structures import ListNode, Table, TreeNode, linked, tree

MAX_INPUT_BYTES = 64 * 1024
MAX_NODES = 200_000


class InputError(ValueError):
    """The input cannot be read: the message says where and why."""


# ----------------------------------------------------------------------------- the names
def parameter_names(problem: Problem) -> list[str]:
    """The names the input assigns, in call order."""
    kind = problem.meta.kind
    if kind == Kind.sql:
        return list(problem.samples[0].args[0]) if problem.samples else []
    if kind == Kind.klass:
        return ["operations"]
    return problem.meta.entry.parameters()


# ----------------------------------------------------------------------------- writing
def format_input(problem: Problem, args: tuple) -> str:
    """`args` (one call's arguments) as input text."""
    names = parameter_names(problem)
    values = list(args[0].values()) if problem.meta.kind == Kind.sql else list(args)
    return "".join(f"{name} = {_literal(value)}\n"
                   for name, value in zip(names, values, strict=True))


def _literal(value: Any) -> str:
    if value is None or isinstance(value, (bool, str, int)):
        return repr(value)
    if isinstance(value, (np.bool_, np.integer, np.floating)):
        return _literal(value.item())
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(map(_literal, value)) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(map(_literal, value))
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(map(_literal, value)) + "}" if value else "set()"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_literal(k)}: {_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, TreeNode):
        from sandbox.harness.harness import _tree_to_level_order

        return f"tree({_literal(_tree_to_level_order(value, 0))})"
    if isinstance(value, ListNode):
        items = []
        while value is not None:
            items.append(value.val)
            value = value.next
        return f"linked({_literal(items)})"
    if isinstance(value, Table):
        return (f"table({_literal([tuple(c) for c in value.columns])}, "
                f"{_literal([tuple(r) for r in value.rows])})")
    if isinstance(value, np.ndarray):
        return f"array({_literal(value.tolist())}, dtype={value.dtype.name!r})"
    if isinstance(value, pd.DataFrame):
        if not _plain_index(value.index):
            raise InputError("a DataFrame with an index of its own cannot be written as input")
        columns = {str(c): _cells(value[c]) for c in value.columns}
        dtypes = {str(c): str(value[c].dtype) for c in value.columns}
        return f"DataFrame({_literal(columns)}, dtypes={_literal(dtypes)})"
    if isinstance(value, pd.Series):
        if not _plain_index(value.index):
            raise InputError("a Series with an index of its own cannot be written as input")
        name = "" if value.name is None else f", name={_literal(value.name)}"
        return f"Series({_literal(_cells(value))}, dtype={str(value.dtype)!r}{name})"
    raise InputError(f"a value of type {type(value).__name__} cannot be written as input")


def _plain_index(index: pd.Index) -> bool:
    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _cells(series: pd.Series) -> list:
    """A column's cells as plain values: missing ones as None, datetimes as ISO text."""
    out = []
    for cell in series.tolist():
        if cell is None or cell is pd.NaT or cell is pd.NA:
            out.append(None)
        elif isinstance(cell, pd.Timestamp):  # a date alone where the time is midnight
            out.append(cell.date().isoformat() if cell == cell.normalize()
                       else cell.isoformat())
        else:
            out.append(cell)
    return out


# ----------------------------------------------------------------------------- reading
def parse_input(problem: Problem, text: str) -> tuple:
    """The call's arguments from input text; raises InputError."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise InputError(f"the input is over {MAX_INPUT_BYTES // 1024} KiB")
    try:
        module = ast.parse(text, mode="exec")
    except SyntaxError as exc:
        raise InputError(f"line {exc.lineno}: {exc.msg}") from None
    except (RecursionError, MemoryError, ValueError):
        raise InputError("the input is nested too deeply to read") from None
    names = parameter_names(problem)
    values: dict[str, Any] = {}
    budget = _Budget()
    for statement in module.body:
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)):
            raise InputError(f"line {statement.lineno}: write one `name = value` per line")
        name = statement.targets[0].id
        if name not in names:
            raise InputError(f"line {statement.lineno}: {name!r} is not an argument here; "
                             f"the arguments are {', '.join(names)}")
        if name in values:
            raise InputError(f"line {statement.lineno}: {name} is given twice")
        try:
            values[name] = _Reader(budget).read(statement.value)
        except InputError as exc:
            raise InputError(f"line {statement.lineno}: {name}: {exc}") from None
        except RecursionError:
            raise InputError(f"line {statement.lineno}: {name} is nested too deeply") from None
    missing = [name for name in names if name not in values]
    if missing:
        raise InputError(f"missing: {', '.join(missing)} (one `name = value` line each)")
    ordered = [values[name] for name in names]
    if problem.meta.kind == Kind.sql:
        for name, value in zip(names, ordered, strict=True):
            if not isinstance(value, Table):
                raise InputError(f"{name} must be a table([columns], [rows])")
        return (dict(zip(names, ordered, strict=True)),)
    if problem.meta.kind == Kind.klass:
        _check_operations(ordered[0], problem.meta.entry.name)
    return tuple(ordered)


def _check_operations(operations: Any, class_name: str) -> None:
    if not (isinstance(operations, list) and operations):
        raise InputError(f"operations must be a list: [[{class_name!r}, [args]], "
                         "['method', [args]], ...]")
    for index, operation in enumerate(operations):
        if not (isinstance(operation, list) and len(operation) == 2
                and isinstance(operation[0], str) and isinstance(operation[1], list)):
            raise InputError(f"operation {index} must be [name, [arguments]]")
    if operations[0][0] != class_name:
        raise InputError(f"the first operation must make the object: [{class_name!r}, [...]]")


class _Budget:
    def __init__(self) -> None:
        self.nodes = 0

    def spend(self) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise InputError(f"the input has more than {MAX_NODES} values")


NAMES = {"None": None, "True": True, "False": False, "nan": math.nan, "inf": math.inf}


class _Reader:
    """Evaluates one value's syntax tree: literals and the constructors in `_CALLS`."""

    def __init__(self, budget: _Budget) -> None:
        self.budget = budget

    def read(self, node: ast.AST) -> Any:
        self.budget.spend()
        if isinstance(node, ast.Constant):
            if isinstance(node.value, (int, float, str, bool)) or node.value is None:
                return node.value
            raise InputError(f"{type(node.value).__name__} values are not supported")
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            value = self.read(node.operand)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise InputError("a sign goes before a number only")
            return -value if isinstance(node.op, ast.USub) else value
        if isinstance(node, ast.List):
            return [self.read(item) for item in node.elts]
        if isinstance(node, ast.Tuple):
            return tuple(self.read(item) for item in node.elts)
        if isinstance(node, ast.Set):
            return {self._hashable(self.read(item)) for item in node.elts}
        if isinstance(node, ast.Dict):
            if any(key is None for key in node.keys):
                raise InputError("** is not supported in a dict")
            return {self._hashable(self.read(k)): self.read(v)
                    for k, v in zip(node.keys, node.values, strict=True)}
        if isinstance(node, ast.Name):
            if node.id in NAMES:
                return NAMES[node.id]
            raise InputError(f"unknown name {node.id!r} (values are literals; strings need "
                             "quotes)")
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in _CALLS:
            args = [self.read(a) for a in node.args]
            if any(isinstance(a, ast.Starred) for a in node.args):
                raise InputError("* is not supported")
            kwargs = {}
            for keyword in node.keywords:
                if keyword.arg is None:
                    raise InputError("** is not supported")
                kwargs[keyword.arg] = self.read(keyword.value)
            try:
                return _CALLS[node.func.id](*args, **kwargs)
            except InputError:
                raise
            except (TypeError, ValueError, OverflowError) as exc:
                raise InputError(f"{node.func.id}(...): {exc}") from None
        raise InputError(f"{_describe(node)} is not allowed: a value is a literal (numbers, "
                         "strings, lists, tuples, dicts, sets, None, True, False, nan, inf) "
                         f"or {', '.join(name + '(...)' for name in _CALLS if name != 'set')}")

    @staticmethod
    def _hashable(value: Any) -> Any:
        try:
            hash(value)
        except TypeError:
            raise InputError(f"a {type(value).__name__} cannot be a set item or a dict "
                             "key") from None
        return value


_KINDS = {"BinOp": "arithmetic", "BoolOp": "and/or", "Compare": "a comparison",
          "Attribute": "an attribute (.name)", "Subscript": "indexing", "Lambda": "a lambda",
          "ListComp": "a comprehension", "SetComp": "a comprehension",
          "DictComp": "a comprehension", "GeneratorExp": "a comprehension",
          "IfExp": "an if expression", "JoinedStr": "an f-string", "Starred": "*",
          "NamedExpr": ":=", "Await": "await", "Yield": "yield"}


def _describe(node: ast.AST) -> str:
    if isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else None
        return f"calling {name}()" if name else "a call"
    return _KINDS.get(type(node).__name__, type(node).__name__)


def _array(data: Any, dtype: str | None = None) -> np.ndarray:
    if dtype is not None and dtype not in ARRAY_DTYPES:
        raise InputError(f"dtype {dtype!r} is not one of {', '.join(sorted(ARRAY_DTYPES))}")
    array = np.array(data, dtype=dtype)
    if array.dtype.kind not in "biuf":
        raise InputError("an array holds numbers or booleans, in equal-length rows")
    return array


def _series(data: Any, dtype: str | None = None, name: Any = None) -> pd.Series:
    if not isinstance(data, list):
        raise InputError("Series takes a list of values")
    return _typed(pd.Series(data, name=name, dtype=object if dtype else None), dtype)


def _typed(series: pd.Series, dtype: str | None) -> pd.Series:
    if dtype is None:
        return series.infer_objects()
    if dtype not in COLUMN_DTYPES:
        raise InputError(f"dtype {dtype!r} is not one of {', '.join(sorted(COLUMN_DTYPES))}")
    if dtype.startswith("datetime64"):
        return pd.to_datetime(series, format="ISO8601").astype(dtype)
    if dtype in ("str", "string", "object"):
        return series.astype(dtype)
    return series.infer_objects().astype(dtype)


def _frame(columns: Any, dtypes: Any = None) -> pd.DataFrame:
    if not isinstance(columns, dict) or not all(isinstance(v, list) for v in columns.values()):
        raise InputError("DataFrame takes a dict of columns: {'name': [values], ...}")
    if len({len(v) for v in columns.values()}) > 1:
        raise InputError("the columns have different lengths")
    dtypes = dtypes or {}
    if not isinstance(dtypes, dict) or set(dtypes) - set(columns):
        raise InputError("dtypes must be a dict naming some of the columns")
    data = {name: _typed(pd.Series(cells, dtype=object), dtypes.get(name))
            for name, cells in columns.items()}
    return pd.DataFrame(data) if data else pd.DataFrame()


def _table(columns: Any, rows: Any) -> Table:
    if not (isinstance(columns, list) and all(
            isinstance(c, tuple) and len(c) == 2 and all(isinstance(p, str) for p in c)
            for c in columns) and columns):
        raise InputError("a table's columns are [('name', 'TYPE'), ...]")
    if not (isinstance(rows, list) and all(isinstance(r, (tuple, list)) for r in rows)):
        raise InputError("a table's rows are [(value, ...), ...]")
    for index, row in enumerate(rows):
        if len(row) != len(columns):
            raise InputError(f"row {index} has {len(row)} values for {len(columns)} columns")
        for cell in row:
            if not (cell is None or isinstance(cell, (int, float, str))):
                raise InputError(f"row {index}: a cell is a number, text or None")
    return Table(tuple(columns), tuple(tuple(r) for r in rows))


def _tree(values: Any) -> TreeNode | None:
    if not isinstance(values, list):
        raise InputError("tree takes a list of level-order values")
    return tree(values)


def _linked(values: Any) -> ListNode | None:
    if not isinstance(values, list):
        raise InputError("linked takes a list of values")
    return linked(values)


_CALLS = {"tree": _tree, "linked": _linked, "array": _array, "DataFrame": _frame,
          "Series": _series, "table": _table, "set": lambda: set()}
