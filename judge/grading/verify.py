"""`judge verify`: proves each problem package sound, collecting every fault it finds.

- metadata, files and cases load;
- the samples' hand-written expected values agree with the reference;
- the reference is Accepted in the sandbox, twice;
- the limit per call is at least LIMIT_MARGIN times the reference's slowest call there (as
  problemtools calibrates: a correct solution a little slower than the reference must pass);
- every other correct solution kept in `accepted/` is Accepted;
- the starter is not Accepted;
- each known-wrong submission gets exactly the verdict it declares, and one that declares Time
  Limit Exceeded still exceeds a limit TLE_MARGIN times larger (it is slow, not borderline).
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from sandbox.base import Backend

from ..errors import ProblemError
from .checkers import run_checker
from .codec import encode_args, normalize
from .diagnostics import Diagnostics
from .grader import Grader
from .problems.loader import Problem, ProblemRepository
from .problems.model import PATTERNS
from .suite import SuiteCache
from .verdicts import SubmissionResult, TestOutcome, Verdict

Report = Callable[[str], None]
LIMIT_MARGIN = 3.0
TLE_MARGIN = 2.0


def _describe(result: SubmissionResult) -> str:
    failure = result.first_failure
    where = f" at {failure.name}: {failure.message}" if failure else ""
    return f"{result.verdict.value}{where}"


def check_samples(problem: Problem, grader: Grader, diag: Diagnostics) -> None:
    """The samples' hand-written expected values against the grader's own reference."""
    for index, case in enumerate(problem.samples, 1):
        got = grader.reference(encode_args(case.args))
        outcome = run_checker(grader.checker, normalize(case.expected), got,
                              problem.meta.checker)
        if not outcome.ok:
            diag.error(f"sample {index}: the statement's expected value disagrees with the "
                       f"reference: {outcome.message}")
    if len(problem.samples) < 2:
        diag.warn("fewer than two samples")
    if not problem.hidden and not problem.meta.tests.generated:
        diag.error("no hidden or generated cases")
    if problem.meta.entry.name not in problem.statement and problem.meta.kind.value != "sql":
        diag.warn(f"the statement never names {problem.meta.entry.name}")


def verify_problem(problem: Problem, backend: Backend, diag: Diagnostics,
                   report: Report, suites: SuiteCache | None = None) -> None:
    try:
        grader = Grader(problem, backend,
                        suite=suites.get(problem) if suites is not None else None)
        check_samples(problem, grader, diag)
    except ProblemError as exc:
        diag.error(str(exc))
        return
    slowest: TestOutcome | None = None
    for attempt in (1, 2):
        result = grader.grade(problem.reference, growth="never")
        report(f"  reference, run {attempt}: {result.verdict.value} "
               f"({result.total_seconds:.1f}s)")
        if result.verdict != Verdict.accepted:
            diag.error(f"the reference is not Accepted (run {attempt}): {_describe(result)}")
            return
        calls = [test for test in result.tests if test.group != "properties"]  # one is all
        slowest = max([*calls, *([slowest] if slowest else [])],   # examples together
                      key=lambda test: test.seconds)
    check_limit(problem, slowest, diag, report)
    for name, code in problem.accepted:
        result = grader.grade(code, growth="never")
        report(f"  accepted/{name}: {result.verdict.value}")
        if result.verdict != Verdict.accepted:
            diag.error(f"accepted/{name} is a correct solution the tests reject: "
                       f"{_describe(result)}")
    result = grader.grade(problem.starter, growth="never")
    report(f"  starter: {result.verdict.value}")
    if result.verdict == Verdict.accepted:
        diag.error("the starter is Accepted")
    if not problem.wrong:
        diag.error("no known-wrong submissions in wrong/")
    for wrong in problem.wrong:
        result = grader.grade(wrong.code, growth="never")
        report(f"  wrong/{wrong.name}: {result.verdict.value} (declared "
               f"{wrong.verdict.value})")
        if result.verdict != wrong.verdict:
            diag.error(f"wrong/{wrong.name} declares {wrong.verdict.value} but got "
                       f"{_describe(result)}")
        elif wrong.verdict == Verdict.time_limit:
            check_clearly_slow(problem, grader, wrong, diag)


def check_limit(problem: Problem, slowest: TestOutcome, diag: Diagnostics,
                report: Report) -> None:
    """The limit per call against the reference's slowest call in this sandbox."""
    limit = problem.meta.limits.time_seconds
    report(f"  slowest reference call: {slowest.seconds:.3f}s ({slowest.name}), limit {limit:g}s")
    if limit < LIMIT_MARGIN * slowest.seconds:
        diag.error(f"the limit of {limit:g}s per call is under {LIMIT_MARGIN:g}x the "
                   f"reference's slowest call ({slowest.seconds:.2f}s on {slowest.name}): "
                   f"raise it to {LIMIT_MARGIN * slowest.seconds:.1f}s or make that case "
                   "smaller")


def check_clearly_slow(problem: Problem, grader: Grader, wrong, diag: Diagnostics) -> None:
    """A submission declared too slow is graded again with TLE_MARGIN times the limits:
    it must still time out, or it passes or fails by the machine's mood."""
    limits = problem.meta.limits
    looser = problem.meta.model_copy(update={"limits": limits.model_copy(update={
        "time_seconds": limits.time_seconds * TLE_MARGIN,
        "total_seconds": limits.total_seconds * TLE_MARGIN})})
    result = Grader(replace(problem, meta=looser), grader.backend,
                    suite=grader.suite).grade(wrong.code, growth="never")
    if result.verdict != Verdict.time_limit:
        diag.error(f"wrong/{wrong.name} declares Time Limit Exceeded but with "
                   f"{TLE_MARGIN:g}x the limits it gets {_describe(result)}: it is too close "
                   "to the limit to time out every time (make the slow case larger)")


def verify(repository: ProblemRepository, slugs: list[str], backend: Backend,
           report: Report, suites: SuiteCache | None = None) -> tuple[Diagnostics, Counter]:
    """Checks each problem (all by default); computing its tests on the way, and keeping
    them in `suites` for the grades that follow."""
    diag = Diagnostics()
    coverage: Counter = Counter()
    for slug in slugs or repository.slugs():
        scope = diag.child(slug)
        report(f"{slug}")
        try:
            problem = repository.get(slug)
        except ProblemError as exc:
            scope.error(str(exc))
            continue
        coverage.update(problem.meta.patterns)
        try:
            verify_problem(problem, backend, scope, report, suites)
        except ProblemError as exc:
            scope.error(str(exc))
    return diag, coverage


def coverage_rows(coverage: Counter) -> list[tuple[str, int]]:
    return [(pattern, coverage.get(pattern, 0)) for pattern in PATTERNS]
