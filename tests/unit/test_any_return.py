"""Nothing a submission returns or raises may crash the grader: whatever value of whatever shape
comes back (or cannot be encoded), whatever exception with whatever text, against a problem of
each kind, the verdict is about the submission (never Internal Error) and every message and
display renders: as JSON, back from JSON, and in the terminal."""

import io
import json
import os
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from rich.console import Console

from judge.cli.render import print_result
from judge.grading.problems import load_problem
from judge.grading.results.contract import result_from_json, result_json
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from judge.grading.run.suite import SuiteCache
from sandbox.fake import FakeBackend
from sandbox.frames import encode_frame
from sandbox.harness import harness

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"
KINDS = {"function": "insert-positions", "class": "lru-cache",
         "pandas": "department-salary-ranks", "sql": "category-revenue-leaders",
         "numpy": "knn-classify"}
SUITES = SuiteCache()
EXAMPLES = int(os.environ.get("JUDGE_FUZZ_EXAMPLES", "60"))  # more, to hunt at leisure
CHECKS = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
                  suppress_health_check=list(HealthCheck))

# ---------------------------------------------------------------- what can come back
TRICKY_TEXT = st.sampled_from(["[/b]", "[red]x", "out.append(nums[q])", "[bold]", "\\",
                               "\x00", "\ud800", "a" * 5000, "é" * 10, "%s %d {0}"])
texts = st.one_of(st.text(max_size=20), TRICKY_TEXT)
scalars = st.one_of(st.none(), st.booleans(), st.integers(),
                    st.integers(min_value=2**64, max_value=2**200),
                    st.floats(allow_nan=True, allow_infinity=True), texts)
hashables = st.recursive(st.one_of(st.none(), st.booleans(), st.integers(),
                                   st.floats(allow_nan=False), texts),
                         lambda inner: st.lists(inner, max_size=3).map(tuple), max_leaves=5)
DTYPES = ["bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
          "float16", "float32", "float64", "complex128", "datetime64[ns]", "U3", "O", ">i4"]


@st.composite
def arrays(draw):
    dtype = draw(st.sampled_from(DTYPES))
    shape = draw(hnp.array_shapes(min_dims=0, max_dims=3, min_side=0, max_side=3))
    if dtype == "O":
        return np.array(draw(st.lists(scalars, min_size=2, max_size=2)), dtype=object)
    return draw(hnp.arrays(dtype=np.dtype(dtype), shape=shape))


COLUMNS = {
    "int": st.lists(st.integers(-5, 5), min_size=3, max_size=3),
    "float": st.lists(st.floats(allow_nan=True), min_size=3, max_size=3),
    "text": st.lists(st.one_of(st.none(), texts), min_size=3, max_size=3),
    "bool": st.lists(st.booleans(), min_size=3, max_size=3),
}


@st.composite
def frames(draw):
    data = {}
    for index in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(sorted(COLUMNS)))
        name = draw(st.one_of(texts, st.integers(), st.just(("a", "b"))))
        data[name if name not in data else f"{name}{index}"] = draw(COLUMNS[kind])
    frame = pd.DataFrame(data) if data else pd.DataFrame(index=range(3))
    odd = draw(st.sampled_from(["plain", "categorical", "tz", "nullable", "multiindex",
                                "duplicate columns", "text index", "transposed", "timedelta",
                                "multicolumns"]))
    if odd == "categorical" and len(frame.columns):
        frame[frame.columns[0]] = frame[frame.columns[0]].astype("category")
    elif odd == "tz":
        frame["when"] = pd.date_range("2024-01-01", periods=3, tz="UTC")
    elif odd == "nullable":
        frame["n"] = pd.array([1, None, 3], dtype="Int64")
    elif odd == "multiindex":
        frame.index = pd.MultiIndex.from_tuples([("a", 1), ("b", 2), ("c", 3)])
    elif odd == "duplicate columns" and len(frame.columns):
        frame = pd.concat([frame, frame], axis=1)
    elif odd == "text index":
        frame.index = ["x", "y", "x"]
    elif odd == "transposed":
        frame = frame.T
    elif odd == "timedelta":
        frame["delta"] = pd.to_timedelta([1, 2, 3], unit="s")
    elif odd == "multicolumns" and len(frame.columns):
        frame.columns = pd.MultiIndex.from_tuples([(str(c), "x") for c in frame.columns])
    return frame


@st.composite
def series(draw):
    frame = draw(frames())
    if not len(frame.columns):
        return pd.Series([], dtype="float64", name=draw(texts))
    return frame.iloc[:, 0]


def _tree(values, cycle: bool):
    root = harness._tree_from_level_order(values)
    if cycle and root is not None:
        root.left = root
    return root


def _linked(values, cycle: bool):
    head = harness._list_from_values(values)
    if cycle and head is not None:
        head.next = head
    return head


structures = st.one_of(
    st.builds(_tree, st.lists(st.one_of(st.none(), st.integers()), max_size=7), st.booleans()),
    st.builds(_linked, st.lists(st.integers(), max_size=5), st.booleans()))
unencodable = st.sampled_from([object(), lambda: 1, b"bytes", 1j, Decimal("1.5"),
                               date(2024, 1, 1), range(3), Ellipsis, NotImplemented])


def _deep(levels: int):
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


values = st.recursive(
    st.one_of(scalars, arrays(), frames(), series(), structures, unencodable,
              st.integers(190, 260).map(_deep)),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.lists(inner, max_size=3).map(tuple),
                            st.sets(hashables, max_size=3),
                            st.dictionaries(hashables, inner, max_size=3)),
    max_leaves=6)


# ---------------------------------------------------------------- and what can be raised
@st.composite
def exceptions(draw):
    kind = draw(st.sampled_from([ValueError, KeyError, IndexError, RecursionError, MemoryError,
                                 ZeroDivisionError, SystemExit, KeyboardInterrupt, None]))
    if kind is None:  # a submission's own exception class, named (nearly) anything
        name = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                       min_size=1, max_size=30)
        kind = type(draw(st.one_of(name, st.just("[/b]"))), (Exception,), {})
    message = draw(texts)

    class Unprintable(Exception):
        def __str__(self):
            raise RuntimeError("no")

    return Unprintable() if draw(st.booleans()) and kind is ValueError else kind(message)


def _reply_like_the_harness(build) -> bytes:
    """What the harness would send: `build()` gives the reply, and a reply JSON cannot carry
    becomes the harness's UnsupportedReturnValue (harness.main does the same)."""
    reply = build()
    try:
        return encode_frame(reply)
    except (TypeError, ValueError) as exc:
        return encode_frame(harness._error_reply("UnsupportedReturnValue", str(exc)))


def _handler(answer):
    def handle(message: dict):
        if message["op"] in ("hello", "prepare", "load", "limits"):
            return {"ok": True}
        return _reply_like_the_harness(answer)
    return handle


def _returning(value):
    return lambda: harness.Submission()._encoded(value)


def _raising(exc):
    def build():
        def submission():
            raise exc
        try:
            submission()
        except BaseException as raised:
            return {"ok": False, "error": harness._describe(raised, ["raise exc"])}
    return build


@cache
def _problem(slug: str):
    return load_problem(PROBLEMS / slug)


def _grade_and_render(slug: str, answer) -> None:
    problem = _problem(slug)
    result = Grader(problem, FakeBackend(_handler(answer)), suite=SUITES.get(problem)).grade(
        "def anything(): pass", growth="never")
    detail = f"{result.verdict.value}: {result.message}"
    assert result.verdict != Verdict.internal_error, detail
    assert result.verdict != Verdict.accepted or result.first_failure is None, detail
    data = json.loads(json.dumps(result_json(result)))
    again = result_from_json(data)
    assert again.verdict == result.verdict
    for shown in (result, again):
        print_result(Console(file=io.StringIO(), width=100), shown)


@pytest.mark.parametrize("kind", sorted(KINDS))
@CHECKS
@given(value=values)
def test_no_return_value_crashes_the_grader(kind: str, value) -> None:
    _grade_and_render(KINDS[kind], _returning(value))


@pytest.mark.parametrize("kind", sorted(KINDS))
@CHECKS
@given(exc=exceptions())
def test_no_exception_crashes_the_grader(kind: str, exc) -> None:
    _grade_and_render(KINDS[kind], _raising(exc))


def test_a_series_for_a_dataframe_says_so() -> None:
    """The common slip: df['col'] (a Series) where df[['col']] (a DataFrame) is asked for."""
    problem = _problem("department-salary-ranks")
    frame = pd.DataFrame({"employee": ["ann", "bo"], "salary": [10, 20]})
    result = Grader(problem, FakeBackend(_handler(_returning(frame.iloc[:, 0]))),
                    suite=SUITES.get(problem)).grade("x", growth="never")
    failure = result.first_failure
    assert result.verdict == Verdict.wrong_answer
    assert "expected a DataFrame with columns" in failure.message
    assert "got a Series named 'employee'" in failure.message
    assert "ann" in failure.got  # the value shown
