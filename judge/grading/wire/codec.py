"""Values on the channel: encoding the grader's inputs and strictly decoding the sandbox's replies.

Encoding reuses the harness's own encoder (trusted code when the grader runs it), so both sides
agree on the tagged format. Decoding is the judge's own and trusts nothing: an allow-list of
tags, capped depth and size, dtypes from a fixed list, shapes that must match their data.
A forged or malformed value raises `DecodeError`; it never becomes anything but data.
"""

from __future__ import annotations

import base64
import binascii
import math
from typing import TYPE_CHECKING, Any

import numpy as np

from sandbox.harness import harness as wire

from .structures import LinkedList, SqlResult, Table, Tree

if TYPE_CHECKING:  # imported where a frame is decoded: a problem without frames never needs it
    import pandas as pd

MAX_DEPTH = 200
MAX_ITEMS = 5_000_000
ARRAY_DTYPES = frozenset(
    ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
     "float16", "float32", "float64"])
COLUMN_DTYPES = ARRAY_DTYPES | {"object", "string", "str", "Int64", "Int32", "Float64",
                                "boolean", "datetime64[ns]", "datetime64[us]",
                                "datetime64[ms]", "datetime64[s]", "category"}


_SCALARS = frozenset({int, float, str, bool, type(None)})


class DecodeError(ValueError):
    """The sandbox sent a value outside the allow-list."""


_JUDGE_TYPES = (Table, SqlResult, Tree, LinkedList)


def _holds_judge_types(value: Any, depth: int = 0) -> bool:
    if isinstance(value, _JUDGE_TYPES):
        return True
    if depth > MAX_DEPTH:
        return False
    if isinstance(value, (list, tuple, set, frozenset)):
        return any(_holds_judge_types(v, depth + 1) for v in value
                   if not isinstance(v, (int, float, str, bool, type(None))))
    if isinstance(value, dict):
        return any(_holds_judge_types(v, depth + 1) for v in value.values())
    return False


def encode(value: Any) -> Any:
    """Encodes a trusted value for the channel: the harness's own encoding, and the judge's
    types (input tables, SQL results, trees and lists already decoded) at any depth."""
    if not _holds_judge_types(value):
        return wire.encode(value)
    if isinstance(value, Table):
        return value.wire()
    if isinstance(value, SqlResult):
        return {"$t": "sql_result", "columns": list(value.columns),
                "rows": [[wire.encode(cell) for cell in row] for row in value.rows]}
    if isinstance(value, (Tree, LinkedList)):  # a value already decoded, encoded again
        tag = "tree" if isinstance(value, Tree) else "linked_list"
        return {"$t": tag, "v": [encode(v) for v in value.values]}
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$t": "tuple", "v": [encode(v) for v in value]}
    if isinstance(value, (set, frozenset)):
        return {"$t": "set", "v": [encode(v) for v in value]}
    return {"$t": "dict", "v": [[encode(k), encode(v)] for k, v in value.items()]}


def encode_args(args: tuple) -> list:
    return [encode(a) for a in args]


def fresh_args(encoded: list) -> list:
    """New Python objects from encoded inputs (what the reference is called with)."""
    return wire.decode(encoded)


def normalize(value: Any) -> Any:
    """A trusted value as it would look after crossing the channel."""
    return decode(encode(value))


def _freeze(value: Any) -> Any:
    """A set inside a set element or dict key was a frozenset (the only hashable set)."""
    if isinstance(value, set):
        return frozenset(value)
    if isinstance(value, tuple):
        return tuple(_freeze(v) for v in value)
    return value


class _Decoder:
    def __init__(self) -> None:
        self.items = 0

    def count(self, n: int = 1) -> None:
        self.items += n
        if self.items > MAX_ITEMS:
            raise DecodeError(f"more than {MAX_ITEMS} values")

    def value(self, v: Any, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise DecodeError(f"nested deeper than {MAX_DEPTH}")
        self.count()
        if v is None or isinstance(v, (bool, str)):
            return v
        if isinstance(v, int):
            return v
        if isinstance(v, float):
            if not math.isfinite(v):
                raise DecodeError("a bare non-finite float")
            return v
        if isinstance(v, list):
            kinds = set(map(type, v))
            if kinds <= _SCALARS and (float not in kinds or all(
                    math.isfinite(x) for x in v if type(x) is float)):
                self.count(len(v))  # a flat list of plain values: nothing to walk
                return v
            return [self.value(x, depth + 1) for x in v]
        if isinstance(v, dict):
            return self.tagged(v, depth)
        raise DecodeError(f"unexpected JSON type {type(v).__name__}")

    def hashable(self, v: Any, depth: int) -> Any:
        out = _freeze(self.value(v, depth))
        try:
            hash(out)
        except TypeError:
            raise DecodeError("an unhashable set element or dict key") from None
        return out

    def seq(self, v: Any, depth: int) -> list:
        if not isinstance(v, list):
            raise DecodeError("expected a list")
        return [self.value(x, depth + 1) for x in v]

    def tagged(self, v: dict, depth: int) -> Any:
        tag = v.get("$t")
        body = v.get("v")
        if tag == "float":
            if body not in ("nan", "inf", "-inf"):
                raise DecodeError("a float tag with a bad value")
            return float(body)
        if tag == "tuple":
            return tuple(self.seq(body, depth))
        if tag == "set":
            if not isinstance(body, list):
                raise DecodeError("expected a list")
            return {self.hashable(x, depth + 1) for x in body}
        if tag == "dict":
            if not isinstance(body, list) or not all(
                    isinstance(p, list) and len(p) == 2 for p in body):
                raise DecodeError("a dict that is not a list of pairs")
            return {self.hashable(k, depth + 1): self.value(x, depth + 1) for k, x in body}
        if tag == "tree":
            values = self.seq(body, depth)
            return Tree(tuple(values))
        if tag == "linked_list":
            return LinkedList(tuple(self.seq(body, depth)))
        if tag == "ndarray":
            return self.ndarray(v, depth)
        if tag == "dataframe":
            return self.dataframe(v, depth)
        if tag == "series":
            return self.series(v, depth)
        if tag == "sql_result":
            return self.sql_result(v, depth)
        raise DecodeError(f"unknown tag {str(tag)[:40]!r}")

    def typed_block(self, text: Any, dtype: str) -> np.ndarray:
        """A whole typed column: little-endian bytes as base64 text, read at C speed into a
        writable array; its length must be a whole number of elements, booleans 0 or 1."""
        if not isinstance(text, str):
            raise DecodeError("a typed block that is not base64 text")
        try:
            raw = bytearray(base64.b64decode(text, validate=True))
        except (binascii.Error, ValueError):
            raise DecodeError("a typed block that is not valid base64") from None
        little = np.dtype(dtype).newbyteorder("<")
        if len(raw) % little.itemsize:
            raise DecodeError("a typed block that is not a whole number of elements")
        array = np.frombuffer(raw, dtype=little)
        self.count(len(array))
        if dtype == "bool" and raw and max(raw) > 1:
            raise DecodeError("a boolean block with values other than 0 and 1")
        return array.astype(np.dtype(dtype), copy=False)

    def ndarray(self, v: dict, depth: int) -> np.ndarray:
        dtype, shape, body = v.get("dtype"), v.get("shape"), v.get("v")
        if not isinstance(dtype, str) or dtype not in ARRAY_DTYPES:
            raise DecodeError(f"an array dtype outside the allow-list: {str(dtype)[:40]!r}")
        if (not isinstance(shape, list) or len(shape) > 32
                or not all(isinstance(n, int) and not isinstance(n, bool) and n >= 0
                           for n in shape)):
            raise DecodeError("a bad array shape")
        if "b64" in v:
            block = self.typed_block(v["b64"], dtype)
            if math.prod(shape) != len(block):
                raise DecodeError("an array whose shape does not match its data")
            return block.reshape(shape)
        flat = self.seq(body, depth)
        if math.prod(shape) != len(flat):
            raise DecodeError("an array whose shape does not match its data")
        if not all(isinstance(x, (int, float, bool)) for x in flat):
            raise DecodeError("an array with non-numeric data")
        try:
            return np.array(flat, dtype=dtype).reshape(shape)
        except (OverflowError, ValueError, TypeError) as exc:
            raise DecodeError(f"a bad array: {exc}") from None

    def column(self, dtype: Any, values: Any, depth: int) -> pd.Series:
        import pandas as pd

        if not isinstance(dtype, str) or dtype not in COLUMN_DTYPES:
            raise DecodeError(f"a column dtype outside the allow-list: {str(dtype)[:40]!r}")
        if isinstance(values, dict):
            if set(values) != {"b64"}:
                raise DecodeError("a column block with unexpected parts")
            if dtype in ARRAY_DTYPES:
                return pd.Series(self.typed_block(values["b64"], dtype))
            if dtype.startswith("datetime64"):
                return pd.Series(self.typed_block(values["b64"], "int64").view(dtype))
            raise DecodeError(f"a {dtype} column cannot come as a typed block")
        data = self.seq(values, depth)
        if not all(x is None or isinstance(x, (int, float, bool, str)) for x in data):
            raise DecodeError("a column cell that is not a scalar")
        try:
            if dtype.startswith("datetime64"):
                return pd.to_datetime(pd.Series(data, dtype="object")).astype(dtype)
            return pd.Series(data, dtype=dtype)
        except (OverflowError, ValueError, TypeError) as exc:
            raise DecodeError(f"a bad column: {exc}") from None

    def index(self, v: Any, depth: int, length: int) -> pd.Index | None:
        import pandas as pd

        if v is None:
            return None
        if not isinstance(v, dict):
            raise DecodeError("a bad index")
        names = v.get("names")
        values = self.seq(v.get("v"), depth)
        if (not isinstance(names, list) or len(values) != length
                or not all(n is None or isinstance(n, str) for n in names)):
            raise DecodeError("an index that does not fit its frame")
        if len(names) > 1:
            if not all(isinstance(t, tuple) and len(t) == len(names) for t in values):
                raise DecodeError("a bad multi-index")
            return pd.MultiIndex.from_tuples(values, names=names)
        return pd.Index(values, name=names[0] if names else None)

    def dataframe(self, v: dict, depth: int) -> pd.DataFrame:
        import pandas as pd

        columns, dtypes, data = v.get("columns"), v.get("dtypes"), v.get("data")
        if not (isinstance(columns, list) and isinstance(dtypes, list)
                and isinstance(data, list) and len(columns) == len(dtypes) == len(data)):
            raise DecodeError("a DataFrame whose parts do not line up")
        labels = [self.hashable(c, depth + 1) for c in columns]
        series = [self.column(d, values, depth + 1)
                  for d, values in zip(dtypes, data, strict=True)]
        if len({len(s) for s in series}) > 1:
            raise DecodeError("a DataFrame with columns of different lengths")
        length = len(series[0]) if series else 0
        frame = pd.concat(series, axis=1, ignore_index=True) if series else pd.DataFrame(
            index=range(length))
        frame.columns = labels if series else frame.columns
        index = self.index(v.get("index"), depth + 1, length)
        if index is not None:
            frame.index = index
        return frame

    def series(self, v: dict, depth: int) -> pd.Series:
        out = self.column(v.get("dtype"), v.get("v"), depth + 1)
        name = v.get("name")
        out.name = self.hashable(name, depth + 1) if name is not None else None
        index = self.index(v.get("index"), depth + 1, len(out))
        if index is not None:
            out.index = index
        return out

    def sql_result(self, v: dict, depth: int) -> SqlResult:
        columns, rows = v.get("columns"), v.get("rows")
        if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
            raise DecodeError("a SQL result with bad column names")
        if not isinstance(rows, list):
            raise DecodeError("a SQL result with bad rows")
        out = []
        for row in rows:
            cells = self.seq(row, depth + 1)
            if len(cells) != len(columns):
                raise DecodeError("a SQL row of the wrong width")
            if not all(c is None or isinstance(c, (int, float, str)) for c in cells):
                raise DecodeError("a SQL cell that is not a scalar")
            out.append(tuple(cells))
        return SqlResult(tuple(columns), tuple(out))


def decode(value: Any) -> Any:
    """Strictly decodes one value that came from the sandbox."""
    try:
        return _Decoder().value(value, 0)
    except RecursionError:
        raise DecodeError("nested too deeply") from None
