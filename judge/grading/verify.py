"""`judge verify`: proves each problem package sound, collecting every fault it finds.

- metadata, files and cases load;
- the samples' hand-written expected values agree with the reference;
- the reference is Accepted in the sandbox, twice;
- the starter is not Accepted;
- each known-wrong submission gets exactly the verdict it declares.
"""

from collections import Counter
from collections.abc import Callable

from sandbox.base import Backend

from ..errors import ProblemError
from .checkers import run_checker
from .codec import encode_args, normalize
from .diagnostics import Diagnostics
from .grader import Grader
from .problems.loader import Problem, ProblemRepository
from .problems.model import PATTERNS
from .suite import SuiteCache
from .verdicts import SubmissionResult, Verdict

Report = Callable[[str], None]


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
    for attempt in (1, 2):
        result = grader.grade(problem.reference, growth="never")
        report(f"  reference, run {attempt}: {result.verdict.value} "
               f"({result.total_seconds:.1f}s)")
        if result.verdict != Verdict.accepted:
            diag.error(f"the reference is not Accepted (run {attempt}): {_describe(result)}")
            return
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
