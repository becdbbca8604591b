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
capped, so it can build data and nothing else. What it builds must also cross the channel and
be shown as text, so what cannot is refused here, saying what to change: integers past
MAX_INT_DIGITS digits (Python will not write them as text, whatever base they were read in),
strings that are not valid Unicode, table cells outside SQLite's integers. `format_input`
writes the same language (the page's input box starts with the first example), and
`parse_input(format_input(args))` gives the same arguments back for every problem's samples
(tested).
"""

from __future__ import annotations

import ast
import inspect
import math
import sys
from typing import TYPE_CHECKING, Any

import numpy as np

from ..kinds import InputError
from ..problems.loader import Problem
from ..wire.codec import ARRAY_DTYPES, COLUMN_DTYPES
from ..wire.lazy_pandas import frame_type, loaded_pandas
from ..wire.structures import ListNode, Table, TreeNode, linked, tree

if TYPE_CHECKING:  # imported where a frame is built: other problems never need it
    import pandas as pd

MAX_INPUT_BYTES = 64 * 1024
MAX_NODES = 200_000
MAX_INT_DIGITS = sys.int_info.default_max_str_digits
"""4300: the most digits Python writes an integer with (as JSON on the channel, in the
sandbox's Python too, and as text for the user), and reads a decimal literal with."""
_INT_BOUND = 10 ** MAX_INT_DIGITS
SQLITE_INTEGERS = (-2**63, 2**63 - 1)


# ----------------------------------------------------------------------------- writing
def format_input(problem: Problem, args: tuple) -> str:
    """`args` (one call's arguments) as input text."""
    names = problem.kind.input_names(problem)
    values = problem.kind.input_values(args)
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
    if frame_type(value) == "DataFrame":
        if not _plain_index(value.index):
            raise InputError("a DataFrame with an index of its own cannot be written as input")
        columns = {str(c): _cells(value[c]) for c in value.columns}
        dtypes = {str(c): str(value[c].dtype) for c in value.columns}
        return f"DataFrame({_literal(columns)}, dtypes={_literal(dtypes)})"
    if frame_type(value) == "Series":
        if not _plain_index(value.index):
            raise InputError("a Series with an index of its own cannot be written as input")
        name = "" if value.name is None else f", name={_literal(value.name)}"
        return f"Series({_literal(_cells(value))}, dtype={str(value.dtype)!r}{name})"
    raise InputError(f"a value of type {type(value).__name__} cannot be written as input")


def _plain_index(index: pd.Index) -> bool:
    import pandas as pd  # loaded already: `index` is one of its

    return isinstance(index, pd.RangeIndex) and index.start == 0 and index.step == 1


def _cells(series: pd.Series) -> list:
    """A column's cells as plain values: missing ones as None, datetimes as ISO text."""
    import pandas as pd  # loaded already: `series` is one of its

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
    _check_characters(text)
    try:
        module = ast.parse(text, mode="exec")
    except SyntaxError as exc:
        if "integer string conversion" in str(exc.msg):  # a decimal literal past the limit
            raise InputError(f"line {exc.lineno}: {_TOO_LONG}") from None
        raise InputError(f"line {exc.lineno}: {exc.msg}") from None
    except (RecursionError, MemoryError):
        raise InputError("the input is nested too deeply to read") from None
    except ValueError as exc:
        raise InputError(f"the input cannot be read: {exc}") from None
    names = problem.kind.input_names(problem)
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
            values[name] = _Reader(budget, problem.kind.reads_tables).read(statement.value)
        except InputError as exc:
            raise InputError(f"line {statement.lineno}: {name}: {exc}") from None
        except RecursionError:
            raise InputError(f"line {statement.lineno}: {name} is nested too deeply") from None
    missing = [name for name in names if name not in values]
    if missing:
        raise InputError(f"missing: {', '.join(missing)} (one `name = value` line each)")
    return problem.kind.arguments(problem, [values[name] for name in names])


_TOO_LONG = (f"an integer has more than {MAX_INT_DIGITS} digits; integers are limited to "
             f"{MAX_INT_DIGITS} decimal digits, whatever base they are written in")


def _check_characters(text: str) -> None:
    """Text the parser could not take at all, refused with a reason (the API refuses both
    already; a file or a form may still hold them)."""
    if "\x00" in text:
        raise InputError("the input holds a NUL character (inside a string, write \\x00)")
    _valid_unicode(text, "the input")


def _valid_unicode(text: str, what: str) -> None:
    """Refuses lone surrogates: no UTF-8 (nor JSON for a browser, nor a database) holds them."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise InputError(f"{what} holds a lone surrogate ({text[exc.start]!r}); write the "
                         "character itself, or a \\U0001F600-style escape for one outside "
                         "the BMP") from None


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

    def __init__(self, budget: _Budget, reads_tables: bool) -> None:
        self.budget = budget
        self.reads_tables = reads_tables

    def read(self, node: ast.AST) -> Any:
        self.budget.spend()
        if isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, int) and not isinstance(value, bool) \
                    and abs(value) >= _INT_BOUND:  # a 0x, 0o or 0b literal: read, not writable
                raise InputError(_TOO_LONG)
            if isinstance(value, str):
                _valid_unicode(value, "a string")
            if isinstance(value, (int, float, str, bool)) or value is None:
                return value
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
            if node.func.id == "table" and not self.reads_tables:  # the sandbox reads one
                raise InputError("table(...) is for a SQL problem's tables")  # as a database
            args = [self.read(a) for a in node.args]
            if any(isinstance(a, ast.Starred) for a in node.args):
                raise InputError("* is not supported")
            kwargs = {}
            for keyword in node.keywords:
                if keyword.arg is None:
                    raise InputError("** is not supported")
                kwargs[keyword.arg] = self.read(keyword.value)
            function = _CALLS[node.func.id]
            try:
                inspect.signature(function).bind(*args, **kwargs)
            except TypeError:
                raise InputError(f"write {_USAGE[node.func.id]}") from None
            try:
                return function(*args, **kwargs)
            except InputError:
                raise
            except (TypeError, ValueError, OverflowError) as exc:
                raise InputError(f"{node.func.id}(...): {_reason(exc)}") from None
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


def _reason(exc: Exception) -> str:
    """A constructor's error in one line, without pandas's advice on arguments the input
    language does not have."""
    text = str(exc).split("\n", 1)[0].split(" You might want to try:", 1)[0]
    if len(text) > 200:  # it may quote a whole value
        text = text[:180] + " ..."
    pd = loaded_pandas()
    if pd is not None and isinstance(exc, pd.errors.OutOfBoundsDatetime):
        text += (f" (dates are read between {pd.Timestamp.min.ceil('D'):%Y-%m-%d} and "
                 f"{pd.Timestamp.max.floor('D'):%Y-%m-%d})")
    return text


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
    import pandas as pd

    if not isinstance(data, list):
        raise InputError("Series takes a list of values")
    if not (name is None or isinstance(name, str)):
        raise InputError("a Series's name is text: name='...'")
    return _typed(pd.Series(data, name=name, dtype=object if dtype else None), dtype)


def _typed(series: pd.Series, dtype: str | None) -> pd.Series:
    import pandas as pd

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
    import pandas as pd

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
            low, high = SQLITE_INTEGERS
            if isinstance(cell, int) and not low <= cell <= high:
                raise InputError(f"row {index}: an integer outside SQLite's ({low} to "
                                 f"{high}); write it as a float or as text")
    return Table(tuple(columns), tuple(tuple(r) for r in rows))


def _tree(values: Any) -> TreeNode | None:
    if not isinstance(values, list):
        raise InputError("tree takes a list of level-order values")
    return tree(values)


def _linked(values: Any) -> ListNode | None:
    if not isinstance(values, list):
        raise InputError("linked takes a list of values")
    return linked(values)


_USAGE = {"tree": "tree([level-order values])", "linked": "linked([values])",
          "array": "array([values], dtype='float64')",
          "DataFrame": "DataFrame({'column': [values]}, dtypes={'column': 'int64'})",
          "Series": "Series([values], dtype='int64', name='...')",
          "table": "table([('column', 'TYPE'), ...], [(row), ...])",
          "set": "set() for an empty set ({1, 2} for others)"}
_CALLS = {"tree": _tree, "linked": _linked, "array": _array, "DataFrame": _frame,
          "Series": _series, "table": _table, "set": lambda: set()}
