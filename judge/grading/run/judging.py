"""Judging one reply of the sandbox: decoded strictly, checked against the value expected, and
made an outcome the user reads. Pure: it keeps no state, so a grade, a run on one's own input
and the linter judge replies the same way. What the sandbox sends is never trusted: only
scalars of its error are rendered, and a malformed value is a wrong answer."""

from collections.abc import Callable
from typing import Any

from ..checkers import Checker, run_checker
from ..problems.loader import Problem
from ..render.answers import answer_views, show_pair
from ..render.text import show_value
from ..results.verdicts import ErrorInfo, TestGroup, TestOutcome, Verdict
from ..wire.codec import DecodeError, decode, fresh_args

Shown = Callable[[], str | tuple] | str | tuple | None
"""A failure's input: its text, or (text, tables) as `present.display.failure_input` gives, or
what renders either."""


def judge_reply(problem: Problem, checker: Checker, reply: dict, elapsed: float, name: str,
                group: TestGroup, shown: Shown, expected: Any,
                encoded: Callable[[], list]) -> TestOutcome:
    """The outcome of one reply (its output already counted): decoded strictly, checked
    against `expected`. `encoded()` gives the test's encoded arguments, for the checks that
    need them."""
    policy = problem.meta.checker
    if reply.get("ok") is not True:
        error = error_info(reply.get("error"))
        if error.type == "MemoryError":
            return outcome(name, group, Verdict.memory_limit, elapsed,
                           "MemoryError: the memory limit was reached", shown, error=error)
        if error.type == "UnsupportedReturnValue":
            return outcome(name, group, Verdict.wrong_answer, elapsed,
                           f"the returned value cannot be judged: {error.message}", shown,
                           expected=show_value(expected), views=answer_views(expected, None))
        op = reply.get("op_index")
        where = f" at operation {op}" if isinstance(op, int) else ""
        crash = f"{error.type}{where}: {error.message}"
        earlier = problem.kind.wrong_before_crash(reply.get("partial"), expected, encoded,
                                                  policy)
        if earlier is not None:  # the first wrong value is the finding, not the crash
            partial, divergence = earlier
            shown_expected, shown_got = show_pair(expected[:len(partial)], partial, policy)
            return outcome(name, group, Verdict.wrong_answer, elapsed,
                           f"{divergence}; then {crash}", shown,
                           expected=shown_expected, got=shown_got, error=error)
        return outcome(name, group, Verdict.runtime_error, elapsed, crash, shown, error=error)
    try:
        actual = decode(reply.get("value"))
    except DecodeError as exc:
        return outcome(name, group, Verdict.wrong_answer, elapsed,
                       f"the returned value is malformed: {exc}", shown)
    changed = changed_arguments(problem, reply, encoded)
    if changed is not None:
        return outcome(name, group, Verdict.wrong_answer, elapsed, changed, shown)
    result = run_checker(checker, expected, actual, policy)
    message = result.message
    if not result.ok:
        message = problem.kind.explain_mismatch(encoded(), expected, actual, policy) or message
    if result.ok and problem.invariant is not None:
        complaint = problem.invariant(tuple(fresh_args(encoded())), actual)
        if complaint:
            result, message = result.reject(complaint), complaint
    if result.ok:
        return outcome(name, group, Verdict.accepted, elapsed, message, shown)
    shown_expected, shown_got = show_pair(expected, actual, policy)
    return outcome(name, group, Verdict.wrong_answer, elapsed, message, shown,
                   expected=shown_expected, got=shown_got,
                   views=answer_views(expected, actual, policy))


def changed_arguments(problem: Problem, reply: dict, encoded: Callable[[], list]) -> str | None:
    """Where the statement says the input must not change: what changed, else None."""
    if not problem.meta.rules.keeps_arguments:
        return None
    sent, names, when = problem.kind.kept_arguments(problem, encoded())
    after = reply.get("args_after")
    if not isinstance(after, list) or len(after) != len(sent):
        return "the input could not be read back after the call to check it was not changed"
    for index, (before, now) in enumerate(zip(sent, after, strict=True)):
        if before != now:
            label = f"`{names[index]}`" if index < len(names) else f"argument {index + 1}"
            return (f"the input was changed: {label} differs {when} (the statement says "
                    "not to modify it; work on a copy)")
    return None


def outcome(name: str, group: TestGroup, verdict: Verdict, seconds: float, message: str,
            shown: Shown = None, *, expected: str | None = None, got: str | None = None,
            error: ErrorInfo | None = None, views: dict | None = None) -> TestOutcome:
    """A test's outcome; the input is rendered for a failure only."""
    if verdict == Verdict.accepted:
        shown = views = None  # a passing test's input is never rendered: inputs can be large
    shown = shown() if callable(shown) else shown
    text, tables = shown if isinstance(shown, tuple) else (shown, None)
    views = {**({"input": tables} if tables else {}), **(views or {})} or None
    return TestOutcome(name=name, group=group, verdict=verdict, seconds=seconds,
                       message=message, input=text, expected=expected, got=got,
                       error=error, views=views)


def _text(value: Any, cap: int) -> str:
    """A field the sandbox sent, as text: only scalars are rendered, so no nesting it forged
    can make the grader recurse (the frame's depth is not checked outside the value)."""
    if isinstance(value, str):
        return value[:cap]
    if value is None or isinstance(value, (bool, int, float)):
        return str(value)[:cap]
    return f"<{type(value).__name__}>"


def error_info(raw: Any) -> ErrorInfo:
    """The error the sandbox reported, as plain text fields."""
    if not isinstance(raw, dict):
        return ErrorInfo("Error", "the sandbox reported an error without details")
    frames = []
    listed = raw.get("frames")
    for frame in listed[-20:] if isinstance(listed, list) else ():
        if isinstance(frame, dict):
            line = frame.get("line")
            frames.append((line if isinstance(line, int) and not isinstance(line, bool) else 0,
                           _text(frame.get("function", ""), 100),
                           _text(frame.get("text", ""), 300)))
    message = _text(raw.get("message", ""), 2000)
    if raw.get("text"):
        message += f"\n    {_text(raw['text'], 300)}"
        if isinstance(raw.get("line"), int):
            message += f"\n(line {raw['line']})"
    return ErrorInfo(_text(raw.get("type", "Error"), 100), message, tuple(frames))


def phase_text(phase: Any) -> str:
    """A load failure's phase, as the sandbox named it (rendered as a scalar only)."""
    return _text(phase, 20)
