"""The in-sandbox harness: loads one submission and answers calls over a data-only channel.

Standard library only (numpy, pandas, sqlite3 and duckdb are imported when a value or a query
needs them). It is
untrusted by design: the grader treats everything it sends as, at most, a return value.

Protocol (version in HARNESS_VERSION): frames are a 4-byte big-endian length followed by UTF-8
JSON. The grader sends `hello` and `load`, then any number of `call` (and `echo`, which
only decodes its arguments), then `exit`. A `call` marked `"plain": true` carries arguments
with no tagged value in them: plain JSON, used as parsed. Before `load`, a sandbox started
ahead of time may get `prepare` (import numpy, pandas or sqlite3 now, so a submission does
not wait for them) and `limits` (lower the process's CPU-time and file-size limits to a
problem's: a lowered hard limit can never be raised again). A `load` marked
`"keeps_arguments": true` (the statement says the input must not change) makes each `call`
reply carry the arguments as the submission left them (`args_after`; for a class problem, the
constructor's), encoded again for the grader to compare with what it sent. Each gets one reply:
`{"ok": true, ...}` or `{"ok": false, "error": {...}}`, plus the bytes the submission wrote to
stdout/stderr since the last reply (capped), and their running totals.

The channel is stdin and stdout, or, given a path on the command line, a Unix socket the harness
connects to at start (the docker backend's: a round trip without the engine in between).
Before any submission code runs, the channel is moved to private descriptors and fds 0, 1 and
2 point at /dev/null and capture files, so nothing the submission prints can be read as a
frame.
"""

import base64
import json
import math
import os
import resource
import signal
import socket
import struct
import sys
import tempfile
import traceback

HARNESS_VERSION = 3
MAX_FRAME = 32 * 1024 * 1024
MAX_DEPTH = 200
MAX_NODES = 1_000_000
CAPTURE_CHUNK = 8 * 1024
SOLUTION_FILE = "solution.py"


# ---------------------------------------------------------------- the channel
def _take_over_stdio(socket_path=None):
    if socket_path:
        channel = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        channel.connect(socket_path)
        chan_in = channel.detach()  # not inheritable: a child process never holds it
        chan_out = os.dup(chan_in)
    else:
        chan_in = os.dup(0)
        chan_out = os.dup(1)
    capture_dir = tempfile.mkdtemp(prefix="capture-")
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    files = {}
    for fd, name in ((1, "stdout"), (2, "stderr")):
        path = os.path.join(capture_dir, name)
        target = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(target, fd)
        os.close(target)
        files[name] = path
    sys.stdout = open(1, "w", encoding="utf-8", errors="replace", closefd=False)
    sys.stderr = open(2, "w", encoding="utf-8", errors="replace", closefd=False)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    return chan_in, chan_out, files


class FrameReader:
    """Frames from the channel, read in large pieces: one read per frame, usually."""

    def __init__(self, fd):
        self.fd = fd
        self.buffer = bytearray()

    def _fill(self, wanted):
        while len(self.buffer) < wanted:
            chunk = os.read(self.fd, max(wanted - len(self.buffer), 1 << 16))
            if not chunk:
                return False
            self.buffer += chunk
        return True

    def read(self):
        if not self._fill(4):
            return None
        (size,) = struct.unpack_from(">I", self.buffer)
        if size > MAX_FRAME:
            raise ValueError("frame too large")
        if not self._fill(4 + size):
            return None
        body = bytes(self.buffer[4:4 + size])
        del self.buffer[:4 + size]
        return json.loads(body.decode("utf-8"))


def write_frame(fd, message):
    body = json.dumps(message, allow_nan=False, separators=(",", ":")).encode("utf-8")
    if len(body) > MAX_FRAME:
        body = json.dumps(_error_reply("ReplyTooLarge", "the reply exceeds the frame limit"))
        body = body.encode("utf-8")
    data = struct.pack(">I", len(body)) + body
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


class Capture:
    """Reads what the submission wrote since the last reply, up to a cap per reply."""

    def __init__(self, files):
        self.files = files
        self.offsets = {name: 0 for name in files}
        # our own descriptors on the capture files: a size is one fstat, not a path lookup
        self.readers = {name: os.open(path, os.O_RDONLY) for name, path in files.items()}

    def collect(self):
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:
                pass
        out = {}
        for name, reader in self.readers.items():
            text = b""
            try:
                size = os.fstat(reader).st_size
                if size != self.offsets[name]:  # most calls print nothing: one fstat each
                    text = os.pread(reader, CAPTURE_CHUNK, self.offsets[name])
            except OSError:
                size = 0
            self.offsets[name] = size
            out[name] = text.decode("utf-8", errors="replace")
            out[name + "_bytes"] = size
        return out


# ---------------------------------------------------------------- data structures
class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val!r})"


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val!r})"


def _tree_from_level_order(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = [root]
    head = 0
    i = 1
    while i < len(values) and head < len(queue):  # values past the last open slot are ignored
        node = queue[head]
        head += 1
        for side in ("left", "right"):
            if i < len(values) and values[i] is not None:
                child = TreeNode(values[i])
                setattr(node, side, child)
                queue.append(child)
            i += 1
    return root


def _tree_to_level_order(root, depth):
    out = []
    queue = [root]
    head = 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if len(queue) > MAX_NODES:
            raise EncodeError("the tree is too large or has a cycle")
        if node is None:
            out.append(None)
            continue
        out.append(encode(node.val, depth + 1))
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def _list_from_values(values):
    head = None
    for value in reversed(values):
        head = ListNode(value, head)
    return head


# ---------------------------------------------------------------- values
class EncodeError(Exception):
    pass


_ARRAY_KINDS = "biuf"


def _float(value):
    if math.isfinite(value):
        return value
    return {"$t": "float", "v": "nan" if math.isnan(value) else ("inf" if value > 0 else "-inf")}


def _plain_scalar(value):
    """numpy and pandas scalars become plain Python ones; anything else is returned unchanged."""
    module = type(value).__module__ or ""
    if module.startswith("numpy") and hasattr(value, "item") and getattr(value, "ndim", 1) == 0:
        return value.item()
    return value


_PLAIN = frozenset((int, str, bool, type(None)))
_PLAIN_OR_FLOAT = _PLAIN | {float}


def _plain_list(items):
    """A list of plain values is its own encoding: no call per item."""
    kinds = set(map(type, items))
    if kinds <= _PLAIN:
        return True
    return kinds <= _PLAIN_OR_FLOAT and all(
        math.isfinite(x) for x in items if type(x) is float)


def encode(value, depth=0):
    if depth > MAX_DEPTH:
        raise EncodeError("the value is nested too deeply")
    value = _plain_scalar(value)
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _float(float(value))
    if isinstance(value, list):
        if _plain_list(value):
            return list(value)
        return [encode(item, depth + 1) for item in value]
    if isinstance(value, tuple):
        return {"$t": "tuple", "v": [encode(item, depth + 1) for item in value]}
    if isinstance(value, (set, frozenset)):
        return {"$t": "set", "v": [encode(item, depth + 1) for item in value]}
    if isinstance(value, dict):
        return {"$t": "dict", "v": [[encode(k, depth + 1), encode(v, depth + 1)]
                                    for k, v in value.items()]}
    if isinstance(value, TreeNode):
        return {"$t": "tree", "v": _tree_to_level_order(value, depth)}
    if isinstance(value, ListNode):
        values = []
        node = value
        while node is not None:
            if len(values) >= MAX_NODES:
                raise EncodeError("the linked list is too long or has a cycle")
            values.append(encode(node.val, depth + 1))
            node = node.next
        return {"$t": "linked_list", "v": values}
    module = type(value).__module__ or ""
    if module.startswith("numpy") and type(value).__name__ == "ndarray":
        return _encode_array(value)
    if module.startswith("pandas"):
        return _encode_pandas(value, depth)
    raise EncodeError(f"cannot return a value of type {type(value).__name__}")


def _little_endian_bytes(array):
    """The array's elements in C order, little-endian, as base64 text: a whole typed column
    crosses the channel in one piece, never element by element."""
    import numpy

    data = numpy.ascontiguousarray(array, dtype=array.dtype.newbyteorder("<"))
    return base64.b64encode(data.tobytes()).decode("ascii")


def _encode_array(array):
    if array.dtype.kind not in _ARRAY_KINDS:
        raise EncodeError(f"cannot return a numpy array of dtype {array.dtype}")
    return {"$t": "ndarray", "dtype": array.dtype.name, "shape": list(array.shape),
            "b64": _little_endian_bytes(array)}


def _encode_cell(value, depth):
    if value is None:
        return None
    if type(value).__name__ in ("NaTType", "NAType"):
        return None
    if hasattr(value, "isoformat") and type(value).__module__.startswith("pandas"):
        return value.isoformat()
    if hasattr(value, "isoformat") and type(value).__name__ in ("datetime", "date", "datetime64"):
        return value.isoformat()
    return encode(value, depth + 1)


def _encode_column(series, depth):
    """(dtype, data): numeric and naive datetime columns as one typed block of bytes
    ({"b64": ...}, datetimes as int64 ticks with NaT the smallest int64), others cell by cell."""
    dtype = str(series.dtype)
    kind = getattr(series.dtype, "kind", "")
    numpy_dtype = type(series.dtype).__module__.startswith("numpy")
    if kind in _ARRAY_KINDS and numpy_dtype:
        return dtype, {"b64": _little_endian_bytes(series.to_numpy())}
    if kind == "M" and numpy_dtype:
        return dtype, {"b64": _little_endian_bytes(series.to_numpy().view("int64"))}
    if dtype.startswith("datetime64"):
        return dtype, [None if v is None or str(v) == "NaT" else v.isoformat()
                       for v in series.tolist()]
    cells = series.tolist()
    if set(map(type, cells)) <= _TEXT_CELLS:
        return dtype, cells
    return dtype, [_encode_cell(v, depth) for v in cells]


_TEXT_CELLS = frozenset((str, type(None)))


def _encode_index(index, depth):
    if type(index).__name__ == "RangeIndex" and index.start == 0 and index.step == 1:
        return None
    return {"names": [None if n is None else str(n) for n in index.names],
            "v": [_encode_cell(v, depth) for v in index.tolist()]}


def _encode_pandas(value, depth):
    kind = type(value).__name__
    if kind == "DataFrame":
        columns, dtypes, data = [], [], []
        for position in range(value.shape[1]):
            label = value.columns[position]
            dtype, values = _encode_column(value.iloc[:, position], depth)
            columns.append(encode(label, depth + 1))
            dtypes.append(dtype)
            data.append(values)
        return {"$t": "dataframe", "columns": columns, "dtypes": dtypes, "data": data,
                "index": _encode_index(value.index, depth)}
    if kind == "Series":
        dtype, values = _encode_column(value, depth)
        name = None if value.name is None else encode(value.name, depth + 1)
        return {"$t": "series", "name": name, "dtype": dtype, "v": values,
                "index": _encode_index(value.index, depth)}
    if kind in ("Timestamp",):
        return value.isoformat()
    raise EncodeError(f"cannot return a value of type {kind}")


def _frozen(value):
    """Inside a set or as a key, a set was a frozenset (the only hashable set)."""
    if isinstance(value, set):
        return frozenset(value)
    if isinstance(value, tuple):
        return tuple(_frozen(v) for v in value)
    return value


def decode(value):
    """Decodes the grader's arguments (trusted: they come from the judge)."""
    if isinstance(value, list):
        return [decode(item) for item in value]
    if not isinstance(value, dict):
        return value
    tag = value["$t"]
    if tag == "float":
        return float(value["v"])
    if tag == "table":
        return {"columns": value["columns"], "types": value["types"],
                "rows": [[decode(cell) for cell in row] for row in value["rows"]]}
    if tag == "tuple":
        return tuple(decode(item) for item in value["v"])
    if tag == "set":
        return {_frozen(decode(item)) for item in value["v"]}
    if tag == "dict":
        return {_frozen(decode(k)): decode(v) for k, v in value["v"]}
    if tag == "tree":
        return _tree_from_level_order([decode(v) for v in value["v"]])
    if tag == "linked_list":
        return _list_from_values([decode(v) for v in value["v"]])
    if tag == "ndarray":
        import numpy

        if "b64" in value:
            return _from_bytes(value["b64"], value["dtype"]).reshape(value["shape"])
        flat = [decode(v) for v in value["v"]]
        return numpy.array(flat, dtype=value["dtype"]).reshape(value["shape"])
    if tag == "dataframe":
        return _decode_dataframe(value)
    if tag == "series":
        import pandas

        return pandas.Series(_decode_column(value["dtype"], value["v"]), name=value["name"])
    raise ValueError(f"unknown tag {tag!r}")


def _from_bytes(text, dtype):
    """A writable array of `dtype` from little-endian base64 text (the grader's own)."""
    import numpy

    little = numpy.dtype(dtype).newbyteorder("<")
    array = numpy.frombuffer(bytearray(base64.b64decode(text)), dtype=little)
    return array.astype(numpy.dtype(dtype), copy=False)


def _decode_column(dtype, values):
    import pandas

    if isinstance(values, dict):
        if dtype.startswith("datetime64"):
            return pandas.Series(_from_bytes(values["b64"], "int64").view(dtype))
        return pandas.Series(_from_bytes(values["b64"], dtype))
    values = [decode(v) for v in values]
    if dtype.startswith("datetime64"):
        return pandas.to_datetime(pandas.Series(values, dtype="object")).astype(dtype)
    return pandas.Series(values, dtype=dtype)


def _decode_dataframe(value):
    import pandas

    columns = [decode(c) for c in value["columns"]]
    data = {i: _decode_column(dtype, values)
            for i, (dtype, values) in enumerate(zip(value["dtypes"], value["data"], strict=False))}
    frame = pandas.DataFrame(data)
    frame.columns = columns
    if not columns:
        frame = pandas.DataFrame(index=range(0))
    return frame


# ---------------------------------------------------------------- errors
def _user_frames(tb, source_lines):
    """The submission's own frames, last 20, with their source text.

    Walks the frames without `extract_tb`, which looks every frame's file up through
    linecache: for a 100,000-deep RecursionError that alone takes longer than a time limit.
    """
    frames = []
    for frame, lineno in traceback.walk_tb(tb):
        if frame.f_code.co_filename != SOLUTION_FILE:
            continue
        text = ""
        if lineno and 0 < lineno <= len(source_lines):
            text = source_lines[lineno - 1].strip()
        frames.append({"line": lineno, "function": frame.f_code.co_name, "text": text})
        if len(frames) > 200:
            del frames[:-20]
    return frames[-20:]


def _describe(exc, source_lines):
    info = {"type": type(exc).__name__, "message": _safe_str(exc)[:2000],
            "frames": _user_frames(exc.__traceback__, source_lines)}
    if isinstance(exc, SyntaxError):
        info["line"] = exc.lineno
        info["offset"] = exc.offset
        info["text"] = (exc.text or "").rstrip("\n")[:500]
        info["message"] = str(exc.msg)
    return info


def _safe_str(exc):
    try:
        return str(exc)
    except Exception:
        return "<unprintable exception>"


def _error_reply(kind, message, **extra):
    reply = {"ok": False, "error": {"type": kind, "message": message, "frames": []}}
    reply.update(extra)
    return reply


# ---------------------------------------------------------------- the submission
class Submission:
    def __init__(self):
        self.kind = None
        self.entry = None
        self.source_lines = []
        self.query = None
        self.dialect = "sqlite"
        self.keeps_arguments = False

    def load(self, message):
        self.kind = message["kind"]
        self.keeps_arguments = message.get("keeps_arguments") is True
        code = message["code"]
        self.source_lines = code.splitlines()
        if self.kind == "sql":
            dialect = message.get("dialect", "sqlite")
            if dialect not in ENGINES:
                return _error_reply("HarnessError", f"unknown SQL dialect {dialect!r}",
                                    phase="import")
            self.query, self.dialect = code, dialect
            return {"ok": True}
        namespace = {"__name__": "solution", "__file__": SOLUTION_FILE,
                     "__builtins__": __builtins__, "TreeNode": TreeNode, "ListNode": ListNode}
        module = type(sys)("solution")
        module.__dict__.update(namespace)
        sys.modules["solution"] = module
        try:
            compiled = compile(code, SOLUTION_FILE, "exec")
        except (SyntaxError, ValueError) as exc:
            return {"ok": False, "phase": "compile", "error": _describe(exc, self.source_lines)}
        try:
            exec(compiled, module.__dict__)
        except BaseException as exc:  # the submission's import-time code failed
            return {"ok": False, "phase": "import", "error": _describe(exc, self.source_lines)}
        entry = module.__dict__.get(message["entry"])
        if entry is None or not callable(entry):
            return _error_reply("MissingEntryPoint",
                                "the submission does not define {}".format(message["entry"]),
                                phase="import")
        self.entry = entry
        return {"ok": True}

    def call(self, message):
        # "plain": the grader found no tagged value in the arguments, so the parsed JSON is
        # already the arguments (no walk over a large input)
        args = message["args"] if message.get("plain") is True else decode(message["args"])
        if self.kind == "sql":  # the engine's error, as the main loop would send it
            try:
                return {"ok": True, "value": run_query(self.query, args[0], self.dialect)}
            except BaseException as exc:
                return {"ok": False, "error": _describe(exc, self.source_lines)}
        if self.kind == "class":
            return self._run_operations(args[0])
        try:
            result = self.entry(*args)
        except BaseException as exc:
            return {"ok": False, "error": _describe(exc, self.source_lines)}
        return self._encoded(result, **self._arguments_after(args))

    def _arguments_after(self, args):
        """The arguments as the submission left them, where the grader asked to see them."""
        return {"args_after": self._safe_encode(list(args))} if self.keeps_arguments else {}

    def _encoded(self, value, **extra):
        try:
            reply = {"ok": True, "value": encode(value)}
        except (EncodeError, RecursionError) as exc:
            reply = _error_reply("UnsupportedReturnValue", _safe_str(exc))
        reply.update(extra)
        return reply

    def _run_operations(self, operations):
        results = []
        instance = None
        for index, (name, op_args) in enumerate(operations):
            try:
                if index == 0:
                    instance = self.entry(*op_args)
                    result = None
                else:
                    result = getattr(instance, name)(*op_args)
            except BaseException as exc:
                return {"ok": False, "error": _describe(exc, self.source_lines),
                        "op_index": index, "partial": self._safe_encode(results)}
            results.append(result)
        constructed_with = operations[0][1] if operations else []
        return self._encoded(results, **self._arguments_after(constructed_with))

    @staticmethod
    def _safe_encode(values):
        try:
            return encode(values)
        except (EncodeError, RecursionError):
            return None


def run_query(query, tables, dialect="sqlite"):
    """Runs the submission's query against a fresh in-memory database holding `tables`, on
    the engine of `dialect` (SQLite's or DuckDB's)."""
    connection = ENGINES[dialect]()
    try:
        for name, table in tables.items():
            types = table["types"] if dialect == "sqlite" else [
                DUCKDB_TYPES.get(t.upper(), t) for t in table["types"]]
            columns = ", ".join(f'"{c}" {t}' for c, t in zip(table["columns"], types,
                                                             strict=False))
            connection.execute(f'CREATE TABLE "{name}" ({columns})')
            if not table["rows"]:
                continue
            if dialect == "sqlite":
                marks = ", ".join("?" for _ in table["columns"])
                connection.executemany(f'INSERT INTO "{name}" VALUES ({marks})',
                                       [tuple(row) for row in table["rows"]])
            else:  # a row at a time costs DuckDB about 0.3 ms: the columns go in whole
                _insert_columns(connection, name, table)
        if dialect == "sqlite":
            connection.set_authorizer(_sqlite_reads_only)
        cursor = connection.execute(query)
        columns = [d[0] for d in cursor.description or []]
        rows = []
        for row in iter(cursor.fetchone, None):
            if len(rows) >= MAX_NODES:
                raise EncodeError("the query returned too many rows")
            rows.append([_cell(v) for v in row])
        return {"$t": "sql_result", "columns": columns, "rows": rows}
    finally:
        connection.close()


def _insert_columns(connection, name, table):
    """The table's rows into DuckDB as whole columns (numpy arrays of Python values),
    registered under a name of the harness's for the one statement that copies them."""
    import numpy

    rows = table["rows"]
    columns = {}
    for index in range(len(table["columns"])):
        cells = numpy.empty(len(rows), dtype=object)
        cells[:] = [row[index] for row in rows]
        columns[f"c{index}"] = cells
    connection.register("__judge_rows", columns)
    try:
        connection.execute(f'INSERT INTO "{name}" SELECT * FROM __judge_rows')
    finally:
        connection.unregister("__judge_rows")


def _sqlite():
    """SQLite in memory, its temporary tables and sorts too: a sort larger than its cache
    would go to a file, and the sandbox's limit on file size (the output's) would fail a
    correct query with "disk I/O error". The memory limit governs them instead."""
    import sqlite3

    connection = sqlite3.connect(":memory:")
    connection.execute("PRAGMA temp_store = MEMORY")
    return connection


def _sqlite_reads_only(action, first, second, database, trigger):
    """SQLite's authorizer for the submission's query: it may read the tables, call functions
    (but not load an extension) and recurse, nothing more: no ATTACH (a file of its own), no
    PRAGMA, no writes, no schema change. A refused statement fails to prepare ("not
    authorized"), as DuckDB refuses its own ways out."""
    import sqlite3

    if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, SQLITE_RECURSIVE):
        return sqlite3.SQLITE_OK
    if action == sqlite3.SQLITE_FUNCTION and (second or "").lower() != "load_extension":
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


SQLITE_RECURSIVE = 33
"""SQLite's action code for a recursive CTE (the sqlite3 module names it from Python 3.11 on)."""


def _duckdb():
    """DuckDB with no way out of the process: no files or network (`read_csv`, `COPY`,
    `ATTACH`, `INSTALL`, `LOAD` are refused), no extension loaded on demand, no Python
    variable read as a table by its name, one thread, and the configuration locked so the
    query cannot set any of it back."""
    import duckdb

    return duckdb.connect(":memory:", config={
        "enable_external_access": False, "autoinstall_known_extensions": False,
        "autoload_known_extensions": False, "allow_community_extensions": False,
        "python_enable_replacements": False, "threads": 1, "lock_configuration": True})


ENGINES = {"sqlite": _sqlite, "duckdb": _duckdb}
DUCKDB_TYPES = {"INTEGER": "BIGINT", "INT": "BIGINT", "REAL": "DOUBLE", "FLOAT": "DOUBLE",
                "TEXT": "VARCHAR", "NUMERIC": "DOUBLE"}
"""The tables' SQLite types as DuckDB's of the same range: SQLite's INTEGER holds 64 bits and
its REAL is a double, where DuckDB's INTEGER and REAL are 4 bytes."""


def _cell(value):
    """A result cell as both engines' results look: numbers, text or None. DuckDB's booleans
    are SQLite's 0 and 1, its decimals floats, its dates and times ISO text as SQLite keeps
    them; bytes are hex."""
    if value is None or isinstance(value, (str, int)) and not isinstance(value, bool):
        return value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, bytes):
        return value.hex()
    kind = type(value).__name__
    if kind == "Decimal":
        return _float(float(value))
    if kind in ("date", "time"):
        return value.isoformat()
    if kind == "datetime":
        return value.isoformat(sep=" ")
    raise EncodeError(f"a query result cell of type {kind} (return numbers, text or NULL)")


PREPARABLE = {"numpy": ("numpy", "numpy.random"), "pandas": ("pandas",),
              "sqlite3": ("sqlite3",), "duckdb": ("numpy", "duckdb")}
"""What each preparable module brings in: numpy loads numpy.random on first use, and most
numerical references use it (a fresh process pays 35 ms for it)."""


def prepare(message):
    """Imports the modules a problem's submissions use, before any submission code runs."""
    modules = message.get("modules")
    if not isinstance(modules, list) or not set(modules) <= set(PREPARABLE):
        return _error_reply("HarnessError", f"can only prepare {', '.join(PREPARABLE)}")
    for name in modules:
        for module in PREPARABLE[name]:
            __import__(module)
    return {"ok": True}


def lower_limits(message):
    """Lowers this process's CPU-time limit to `cpu_seconds` more than it has used so far,
    and its file-size limit to `output_bytes` (never above what they already are)."""
    cpu, output = message.get("cpu_seconds"), message.get("output_bytes")
    if not (isinstance(cpu, int) and isinstance(output, int) and cpu > 0 and output > 0):
        return _error_reply("HarnessError", "limits needs cpu_seconds and output_bytes")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft = math.ceil(usage.ru_utime + usage.ru_stime) + cpu

    def lower(kind, wanted_soft, wanted_hard):
        _, hard = resource.getrlimit(kind)
        if hard != resource.RLIM_INFINITY:
            wanted_hard = min(wanted_hard, hard)
        resource.setrlimit(kind, (min(wanted_soft, wanted_hard), wanted_hard))
        return resource.getrlimit(kind)

    cpu_limits = lower(resource.RLIMIT_CPU, soft, soft + 1)
    size_limits = lower(resource.RLIMIT_FSIZE, output, output)
    return {"ok": True, "cpu": list(cpu_limits), "fsize": list(size_limits)}


def main():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full output file fails the write instead
    sys.setrecursionlimit(100_000)
    chan_in, chan_out, files = _take_over_stdio(sys.argv[1] if len(sys.argv) > 1 else None)
    capture = Capture(files)
    submission = Submission()
    frames = FrameReader(chan_in)
    while True:
        try:
            message = frames.read()
        except Exception as exc:
            write_frame(chan_out, _error_reply("HarnessError", f"bad frame: {exc}"))
            return 3
        if message is None or message.get("op") == "exit":
            return 0
        op = message.get("op")
        try:
            if op == "hello":
                reply = {"ok": True, "version": HARNESS_VERSION}
            elif op == "prepare":
                reply = prepare(message)
            elif op == "limits":
                reply = lower_limits(message)
            elif op == "load":
                reply = submission.load(message)
            elif op == "call":
                reply = submission.call(message)
            elif op == "echo":
                # decodes the arguments and returns nothing: the grader times this to take
                # the cost of moving the inputs out of a growth measurement
                decode(message["args"])
                reply = {"ok": True}
            else:
                reply = _error_reply("HarnessError", f"unknown op {op!r}")
        except BaseException as exc:
            reply = {"ok": False, "error": _describe(exc, submission.source_lines)}
        reply.update(capture.collect())
        try:
            write_frame(chan_out, reply)
        except (TypeError, ValueError) as exc:
            write_frame(chan_out, _error_reply("UnsupportedReturnValue", _safe_str(exc)))


if __name__ == "__main__":
    sys.exit(main())
