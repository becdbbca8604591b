"""Calibrated limits: the limit per call must leave room above the reference's slowest call,
and a submission declared too slow must stay too slow with room to spare."""

from dataclasses import replace
from pathlib import Path

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import TestOutcome, Verdict
from judge.grading.run.grader import Grader
from judge.grading.tools.diagnostics import Diagnostics
from judge.grading.tools.verify import LIMIT_MARGIN, TLE_MARGIN, check_clearly_slow, check_limit
from sandbox.fake import FakeBackend, FakeSession, harness_handler

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
    # the in-process fake measures wall time; a correct solution passes 5x the limits
    errors, slow = check_clearly_slow(PROBLEM, grader, replace(wrong, code=PROBLEM.reference))
    assert len(errors) == 1 and "a machine 5x faster would accept it" in errors[0]
    assert (slow.multiple, slow.verdict, slow.test) == (TLE_MARGIN, "Accepted", None)


def test_grades_at_once_report_as_one_at_a_time() -> None:
    """`jobs` grades run at once; the lines and faults come out in the problem's order."""
    from judge.grading.tools.verify import verify_problem

    problem = load_problem(Path(__file__).resolve().parents[2] / "problems" / "insert-positions")
    quick = [w for w in problem.wrong if w.verdict != Verdict.time_limit]
    # a correct solution declared wrong: a fault that must be reported, in its place
    liar = replace(quick[0], name="liar", code=problem.reference)
    problem = replace(problem, wrong=[quick[0], liar, *quick[1:]])
    said = []
    for jobs in (1, 3):
        diag, lines = Diagnostics(), []
        timing, grades = verify_problem(problem, _SessionsApart(None), diag, lines.append,
                                        jobs=jobs)
        # (the reference's lines carry its times, and the fake's wall-clock limit check
        # depends on the machine's load: the grades after those are compared)
        said.append((lines[3:], [e for e in diag.errors if e.startswith("wrong/")]))
        assert timing is not None and timing.limit_seconds == problem.meta.limits.time_seconds
        assert [grade.file for grade in grades] == [
            "starter.py", *(f"wrong/{w.name}.py" for w in problem.wrong)]
    assert said[0] == said[1]
    lines, errors = said[0]
    assert [line.split(":")[0].strip() for line in lines] == [
        "starter", *(f"wrong/{w.name}" for w in problem.wrong)]
    assert len(errors) == 1 and errors[0].startswith("wrong/liar declares")


class _SessionsApart(FakeBackend):
    """A harness of its own per session, as sandboxes are (one `harness_handler` holds one
    loaded submission, so grades at once in one would overwrite each other's)."""

    def open(self, limits, modules=()):
        return FakeSession(harness_handler(), None)


def test_samples_that_do_not_read_back_as_input_are_faults() -> None:
    from types import SimpleNamespace

    from judge.grading.authoring import Case
    from judge.grading.tools.verify import check_custom_input

    diag = Diagnostics()
    check_custom_input(PROBLEM, diag)
    assert diag.ok
    # a value the input language cannot write
    odd = replace(PROBLEM, cases_module=SimpleNamespace(
        **{**vars(PROBLEM.cases_module), "SAMPLES": [Case(([1, 2], object()), expected=[0])]}))
    check_custom_input(odd, diag)
    assert len(diag.errors) == 1 and "cannot be written as input" in diag.errors[0]


def test_scaled_inputs_the_reference_rejects_are_faults() -> None:
    from types import SimpleNamespace

    from judge.grading.tools.verify import check_scale

    diag = Diagnostics()
    check_scale(PROBLEM, diag)
    assert diag.ok
    for scale, fault in ((lambda rng, n: [list(range(n)), [1]], "not a tuple"),
                         (lambda rng, n: ("not a list", 3), "scale(rng, ")):
        broken = replace(PROBLEM, cases_module=SimpleNamespace(
            **{**vars(PROBLEM.cases_module), "scale": scale}))
        diag = Diagnostics()
        check_scale(broken, diag)
        assert diag.errors and all(fault in error for error in diag.errors), diag.errors
