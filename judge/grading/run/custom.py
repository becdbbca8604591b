"""Runs a submission on the user's own input, beside the reference on the same input.

The input comes from the user, so the reference is not run in this process (as it is for the
problem's own tests, whose inputs the judge trusts): it runs in a sandbox of its own with the
problem's limits, and its answer crosses the channel and is decoded strictly like any other.
Then the submission runs in another sandbox, and the problem's checker compares the two.
Nothing here counts: the verdict says whether the answers agree on this one input.
"""

import logging
import time
from dataclasses import replace
from typing import Any

from sandbox.base import Backend
from sandbox.errors import SandboxUnavailable

from ..kinds import InputError, ProblemKind
from ..present.display import input_views, show_input
from ..present.input_text import parse_input
from ..problems.loader import Problem
from ..render.answers import answer_views
from ..render.text import show_value
from ..results.verdicts import SubmissionResult, TestGroup, TestOutcome, Verdict
from ..wire.codec import DecodeError, decode, encode_args
from .attempt import OneCall, call_once, judge_fault
from .suite import Test, make_test

log = logging.getLogger(__name__)

NAME = "your input"
GROUP = TestGroup.custom
NOT_ABOUT_THE_INPUT = (Verdict.compilation_error, Verdict.internal_error)
"""Verdicts about the code or the judge, whatever the input: they stand even when the
reference gave no answer."""


def run_custom(problem: Problem, backend: Backend, code: str, text: str,
               dialect: str | None = None) -> SubmissionResult:
    """The submission's answer on the input `text`, checked against the reference's (both
    in `dialect`, for a SQL problem: the input may be where two engines differ)."""
    started = time.monotonic()
    kind = problem.kind_for(dialect)
    try:
        args = parse_input(problem, text)
    except InputError as exc:  # refused when submitted; here only if the problem changed
        return SubmissionResult(verdict=Verdict.compilation_error, tests=(),
                                message=f"your input could not be read: {exc}",
                                backend=backend.name, total_seconds=0.0)
    try:
        encoded = encode_args(args)
        test = make_test(NAME, GROUP, 0, encoded, None)
        expected, why_not = _reference_answer(problem, backend, test, kind)
        outcome, run = _submission_outcome(problem, backend, code, test, args, expected,
                                           why_not, encoded, kind)
    except SandboxUnavailable:
        raise  # not a verdict: the worker puts the submission back in the queue
    except Exception as exc:  # a fault of the judge
        log.exception("running a submission to %s on its own input failed", problem.slug)
        return SubmissionResult(verdict=Verdict.internal_error, message=judge_fault(exc),
                                tests=(), backend=backend.name,
                                total_seconds=time.monotonic() - started)
    return SubmissionResult(verdict=outcome.verdict, message=outcome.message, tests=(outcome,),
                            backend=backend.name, total_seconds=time.monotonic() - started,
                            peak_memory_bytes=run.peak_memory_bytes,
                            stdout=run.attempt.output.stdout,
                            stderr=run.attempt.output.stderr, error=outcome.error,
                            planned={GROUP: 1})


def _reference_answer(problem: Problem, backend: Backend, test: Test,
                      kind: ProblemKind) -> tuple[Any, str]:
    """(the reference's decoded answer, "") or (None, why there is none)."""
    run = call_once(problem, backend, problem.reference_in(kind.dialect), test, kind=kind)
    failed = run.stopped
    if failed is None and run.reply.get("ok") is True:
        try:
            return decode(run.reply.get("value")), ""
        except DecodeError as exc:
            return None, f"the reference's answer could not be read ({exc})"
    if failed is None:
        failed = run.attempt.judge(run.reply, run.seconds, NAME, GROUP, None, None,
                                   lambda: [])
    return None, (f"the reference solution gave no answer on this input: "
                  f"{failed.verdict.value}" + (f" ({failed.message})" if failed.message else ""))


def _submission_outcome(problem: Problem, backend: Backend, code: str, test: Test,
                        args: tuple, expected: Any, why_not: str, encoded: list,
                        kind: ProblemKind) -> tuple[TestOutcome, OneCall]:
    shown = show_input(problem, args)
    run = call_once(problem, backend, code, test, shown, kind)
    answered = run.stopped is None and run.reply.get("ok") is True
    actual, malformed = None, ""
    if answered:
        try:
            actual = decode(run.reply.get("value"))
        except DecodeError as exc:
            malformed = f"(malformed: {exc})"
    if run.stopped is not None:  # it did not answer: that is the verdict
        outcome = run.stopped
    elif why_not and answered:
        outcome = TestOutcome(NAME, GROUP, Verdict.not_checked, run.seconds, message=why_not)
    else:
        try:
            outcome = run.attempt.judge(run.reply, run.seconds, NAME, GROUP, shown, expected,
                                        lambda: encoded)
        except Exception as exc:  # the problem's checks, written for the inputs it allows
            log.warning("the checks of %s failed on a user's input", problem.slug,
                        exc_info=True)
            outcome = TestOutcome(NAME, GROUP, Verdict.not_checked, run.seconds, message=(
                f"the problem's checks cannot compare answers on this input "
                f"({type(exc).__name__}); it is probably outside the statement's constraints"))
    if why_not and outcome.verdict not in (Verdict.not_checked, *NOT_ABOUT_THE_INPUT):
        # The reference failed on this input too (a value of the wrong type, say): the input
        # is outside what the problem takes, so the code's failure is not checked either.
        outcome = replace(outcome, verdict=Verdict.not_checked,
                          message=f"{why_not}; your code gave none either: "
                                  f"{outcome.verdict.value}"
                                  + (f" ({outcome.message})" if outcome.message else ""))
    # On one's own input the answers are the point: both shown, whatever the verdict.
    views = {"input": input_views(problem, args),
             **answer_views(None if why_not else expected, actual, problem.meta.checker)}
    outcome = replace(
        outcome, input=shown,
        expected=None if why_not else show_value(expected),
        got=(malformed or show_value(actual)) if answered else outcome.got,
        views={name: view for name, view in views.items()
               if view and (answered or name != "got")} or None)
    if outcome.verdict == Verdict.accepted:
        outcome = replace(outcome, message="your answer agrees with the reference solution's")
    return outcome, run
