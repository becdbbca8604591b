"""Large and odd values in a custom input ("Run with my input"), drawn by Hypothesis: long
integers in every base (around the 4300-digit limit and past it), floats past their range,
strings that are not valid Unicode or fill the 64 KiB, nesting as deep and as wide as the reader
takes, and the constructors around all of them. Whatever the text, it is either read and turned
into a call the sandbox takes and a result a user can be shown, or refused with an InputError
that says in one line what to change; never another exception. (In the service another
exception was an Internal Error, graded three times as if a worker had died.)"""

import dataclasses
import json
import math
from pathlib import Path

from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from judge.grading.present.display import input_views, show_input
from judge.grading.present.input_text import (
    MAX_INPUT_BYTES,
    MAX_INT_DIGITS,
    InputError,
    parse_input,
)
from judge.grading.problems.loader import Problem, ProblemRepository
from judge.grading.problems.model import Kind
from judge.grading.results.contract import result_json
from judge.grading.results.verdicts import SubmissionResult, TestOutcome, Verdict
from judge.grading.run.custom import GROUP, NAME, run_custom
from judge.grading.run.suite import make_test
from judge.grading.wire.codec import ARRAY_DTYPES, COLUMN_DTYPES, encode_args, fresh_args
from sandbox.fake import FakeBackend, harness_handler
from sandbox.frames import MAX_FRAME_BYTES, parse_frame

ROOT = Path(__file__).resolve().parents[2]
REPOSITORY = ProblemRepository(ROOT / "problems")
PROBLEMS = [REPOSITORY.get(slug) for slug in (
    "insert-positions", "best-gini-split", "customer-order-summary",
    "category-revenue-leaders", "bst-inorder-cursor")]  # a problem of each kind

CHECKS = settings(max_examples=300, deadline=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ----------------------------------------------------------------------------- values
DIGITS = {"": "0123456789", "0x": "0123456789abcdefABCDEF", "0o": "01234567", "0b": "01"}


def _edge(prefix: str) -> int:
    """How many digits in this base reach 10**MAX_INT_DIGITS."""
    base = {"": 10, "0x": 16, "0o": 8, "0b": 2}[prefix]
    return math.ceil(MAX_INT_DIGITS * math.log(10) / math.log(base))


@st.composite
def integers(draw) -> str:
    prefix = draw(st.sampled_from(sorted(DIGITS)))
    edge = _edge(prefix)
    size = draw(st.one_of(st.integers(1, 30), st.integers(edge - 3, edge + 3),
                          st.integers(1, edge * 5 // 4)))
    pattern = draw(st.text(DIGITS[prefix], min_size=1, max_size=6))
    digits = (pattern * (size // len(pattern) + 1))[:size]
    if draw(st.integers(0, 9)) == 0:  # sometimes grouped: 1_000_000
        digits = "_".join(digits[i:i + 3] for i in range(0, len(digits), 3))
    return draw(st.sampled_from(["", "-", "+", "- "])) + prefix + digits


FLOATS = st.one_of(
    st.floats().map(repr),  # nan, inf and -inf are names of the language
    st.sampled_from(["1e400", "-1e400", "1e-400", "2.5e-324", "1.7976931348623157e308",
                     "0.1e99999", "1" + "0" * 5000 + ".5", "1." + "9" * 5000, "1_000.5",
                     "1j", "-0.0"]))
STRINGS = st.one_of(
    st.text(st.characters(codec=None, categories=None)).map(repr),  # surrogates, NUL, ...
    st.one_of(st.integers(0, 100), st.integers(MAX_INPUT_BYTES - 100, MAX_INPUT_BYTES)).map(
        lambda n: "'" + "x" * n + "'"),  # the line around it takes it past the limit
    st.sampled_from(["'\\ud800'", "'\\ud83d\\ude00'", "'\\U0001F600'", "'\\x00'", "b'x'",
                     "'\\N{BOGUS}'", "f'{1}'", "'''a\nb'''", "'\\udfff' 'a'"]))
NAMES = st.sampled_from(["None", "True", "False", "nan", "inf", "x", "open", "__import__"])
ODD = st.sampled_from(["...", "1 + 1", "10 ** 400", "[1][0]", "lambda: 1", "-'a'", "- -1",
                       "+True", "*a", "{**{}}", "set()", "set([1])", "tree(1)", "linked()",
                       "array([[1, 2], [3]])", "DataFrame([1])", "table([], [])"])
LEAVES = st.one_of(integers(), FLOATS, STRINGS, NAMES, ODD)

WRAPS = [("[", "]"), ("(", ",)"), ("{1: ", "}"), ("{", "}"), ("tree([", "])"),
         ("linked([", "])"), ("array([", "])"), ("[[], ", "]"), ("Series([", "])")]


def _deep(child: str, depth: int, wrap: tuple[str, str]) -> str:
    return wrap[0] * depth + child + wrap[1] * depth


def _wide(child: str, share: float) -> str:
    """As many copies of `child` as fill `share` of the input's limit."""
    count = int(share * MAX_INPUT_BYTES / (len(child) + 2))
    return "[" + ", ".join([child] * count) + "]"


def _capped(text: str) -> str:
    """Nested wide values would grow without bound: past twice the limit, one value over it
    stands for them all."""
    return text if len(text) <= 2 * MAX_INPUT_BYTES else "'" + "x" * MAX_INPUT_BYTES + "'"


def _containers(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    items = st.lists(children, max_size=4).map(", ".join)
    pairs = st.lists(st.tuples(children, children), max_size=3).map(
        lambda kv: "{" + ", ".join(f"{k}: {v}" for k, v in kv) + "}")
    dtypes = st.sampled_from([None, "object", "complex128", *sorted(COLUMN_DTYPES)])
    return st.one_of(
        items.map(lambda s: f"[{s}]"), items.map(lambda s: f"({s},)"),
        items.map(lambda s: f"{{{s}}}"), pairs,
        items.map(lambda s: f"tree([{s}])"), items.map(lambda s: f"linked([{s}])"),
        st.tuples(items, st.sampled_from([None, "object", *sorted(ARRAY_DTYPES)])).map(
            lambda a: f"array([{a[0]}], dtype={a[1]!r})"),
        st.tuples(items, dtypes, children).map(
            lambda a: f"Series([{a[0]}], dtype={a[1]!r}, name={a[2]})"),
        st.tuples(items, items, dtypes).map(
            lambda a: f"DataFrame({{'a': [{a[0]}], 'b': [{a[1]}]}}, dtypes={{'a': {a[2]!r}}})"),
        st.lists(st.tuples(children, children), max_size=3).map(
            lambda rows: "table([('a', 'INTEGER'), ('b', 'TEXT')], ["
                         + ", ".join(f"({a}, {b})" for a, b in rows) + "])"),
        st.tuples(children, st.integers(1, 260), st.sampled_from(WRAPS)).map(
            lambda a: _deep(*a)),
        st.tuples(children, st.floats(0, 1.02)).map(lambda a: _wide(*a)),
    ).map(_capped)


VALUES = st.recursive(LEAVES, _containers, max_leaves=12)


@st.composite
def inputs(draw) -> tuple[Problem, str]:
    """A problem, and an input for it: one line per argument, each with a drawn value (for a
    class or a SQL problem, mostly inside the shape its reader wants)."""
    problem = draw(st.sampled_from(PROBLEMS))
    lines = []
    for name in problem.kind.input_names(problem):
        value = draw(st.one_of(VALUES, LEAVES, integers().map(lambda n: f"[{n}, 1]")))
        if problem.meta.kind == Kind.klass and draw(st.booleans()):
            value = f"[[{problem.meta.entry.name!r}, [{value}]], ['next', []]]"
        if problem.meta.kind == Kind.sql and draw(st.booleans()):
            cells = draw(st.lists(st.tuples(LEAVES, LEAVES), max_size=3))
            value = ("table([('a', 'INTEGER'), ('b', 'TEXT')], ["
                     + ", ".join(f"({a}, {b})" for a, b in cells) + "])")
        lines.append(f"{name} = {value}\n")
    return problem, "".join(lines)


def _read(problem: Problem, text: str) -> tuple | None:
    """The arguments, or None when refused, the refusal being one line that says what to
    change (the CLI prints it as its one line, the API as its 422)."""
    note(f"{problem.slug}: {text[:3000]!r}")  # the drawn case's repr is cut when it is long
    try:
        args = parse_input(problem, text)
    except InputError as refused:
        reason = str(refused)
        event(f"refused: {reason.split(': ')[-1][:40]}")  # how the cases spread (statistics)
        assert reason and "\n" not in reason, reason
        assert "Consider hexadecimal" not in reason, reason  # refused just the same
        assert "set_int_max_str_digits" not in reason, reason  # no knob of the user's
        return None
    event(f"read: {problem.slug}")
    return args


def _sendable(result: SubmissionResult) -> None:
    """The result as the service stores it and the API sends it (UTF-8, no NaN)."""
    json.dumps(result_json(result), ensure_ascii=False, allow_nan=False).encode("utf-8")


# ----------------------------------------------------------------------------- the properties
@CHECKS
@given(inputs())
def test_an_input_is_read_into_a_call_or_refused_with_a_reason(case) -> None:
    problem, text = case
    args = _read(problem, text)
    if args is None:
        return
    # the call, as run_custom builds it and the sandbox's harness reads it
    test = make_test(NAME, GROUP, 0, encode_args(args), None)
    frame = test.call_frame()
    assert len(frame) <= MAX_FRAME_BYTES
    fresh_args(parse_frame(frame)["args"])
    # the input, as the user is shown it
    outcome = TestOutcome(NAME, GROUP, Verdict.accepted, 0.0, input=show_input(problem, args),
                          views={"input": input_views(problem, args) or []})
    _sendable(SubmissionResult(verdict=Verdict.accepted, message="", tests=(outcome,),
                               backend="fake", total_seconds=0.0))


ECHOES = {Kind.function: "def {entry}(*args):\n    return args\n",
          Kind.pandas: "def {entry}(*args):\n    return args[0]\n",
          Kind.sql: "SELECT * FROM {table}",
          Kind.klass: ("class {entry}:\n    def __init__(self, *args):\n        self.args = args\n"
                       "    def next(self):\n        return self.args\n")}


def _echo(problem: Problem) -> str:
    """Code that answers with its input: whatever was read comes back across the channel,
    is decoded, compared and shown."""
    return ECHOES[problem.meta.kind].format(entry=problem.meta.entry.name,
                                            table=(problem.kind.input_names(problem) or ["t"])[0])


def _like_the_harness(handle):
    """The fake's harness answers in this process; an exception it lets out (a query on a
    table SQLite refuses, say) the real one answers as a failed call."""
    def answer(message: dict):
        try:
            return handle(message)
        except Exception as exc:
            return {"ok": False, "error": {"type": type(exc).__name__, "message": str(exc)}}
    return answer


@settings(CHECKS, max_examples=100)
@given(inputs())
def test_a_run_on_any_input_is_never_an_internal_error(case) -> None:
    """The whole run, the reference and the submission both echoing their input: a value
    that is read goes to the sandbox, comes back, and is compared and shown."""
    problem, text = case
    echo = _echo(problem)
    problem = dataclasses.replace(problem, reference=echo)
    result = run_custom(problem, FakeBackend(_like_the_harness(harness_handler())), echo, text)
    assert result.verdict != Verdict.internal_error, result.message
    if _read(problem, text) is None:
        assert result.verdict == Verdict.compilation_error
    _sendable(result)
