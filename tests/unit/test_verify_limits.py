"""Calibrated limits: the limit per call must leave room above the reference's slowest call,
and a submission declared too slow must stay too slow with room to spare."""

from dataclasses import replace
from pathlib import Path

from judge.grading.diagnostics import Diagnostics
from judge.grading.grader import Grader
from judge.grading.problems import load_problem
from judge.grading.verdicts import TestOutcome, Verdict
from judge.grading.verify import LIMIT_MARGIN, check_clearly_slow, check_limit
from sandbox.fake import FakeBackend, harness_handler

PROBLEM = load_problem(Path(__file__).resolve().parents[2] / "problems" / "insert-positions")


def slowest(seconds: float) -> TestOutcome:
    return TestOutcome("hidden 7", "hidden", Verdict.accepted, seconds)


def test_a_limit_under_three_times_the_slowest_reference_call_is_an_error() -> None:
    limit = PROBLEM.meta.limits.time_seconds
    lines: list[str] = []
    diag = Diagnostics()
    check_limit(PROBLEM, slowest(limit / LIMIT_MARGIN * 0.99), diag, lines.append)
    assert diag.ok and "slowest reference call" in lines[0]
    check_limit(PROBLEM, slowest(limit / LIMIT_MARGIN * 1.2), diag, lines.append)
    assert not diag.ok
    assert f"under {LIMIT_MARGIN:g}x the reference's slowest call" in diag.errors[0]
    assert "hidden 7" in diag.errors[0]


def test_a_declared_tle_that_passes_with_looser_limits_is_an_error() -> None:
    wrong = next(w for w in PROBLEM.wrong if w.verdict == Verdict.time_limit)
    grader = Grader(PROBLEM, FakeBackend(harness_handler()))
    # the in-process fake measures wall time; a correct solution passes twice the limits
    diag = Diagnostics()
    check_clearly_slow(PROBLEM, grader, replace(wrong, code=PROBLEM.reference), diag)
    assert not diag.ok and "too close to the limit" in diag.errors[0]
