"""`judge verify`: proves each problem package sound, collecting every fault it finds.

- metadata, files and cases load;
- the samples' hand-written expected values agree with the reference, and each sample
  written as a user's own input reads back as the same arguments;
- where the problem scales its inputs for growth estimates, the reference accepts them at
  the smallest and the largest size;
- the reference is Accepted in the sandbox, twice;
- the limit per call is at least LIMIT_MARGIN times the reference's slowest call there (as
  problemtools calibrates: a correct solution a little slower than the reference must pass);
- every other correct solution kept in `accepted/` is Accepted;
- the starter is not Accepted;
- each known-wrong submission gets exactly the verdict it declares, and one that declares Time
  Limit Exceeded still exceeds limits TLE_MARGIN times larger (it is slow, not borderline: a
  machine several times faster still times it out).

What it finds is a `VerificationRecord` per problem (`judge.grading.tools.verification`), which the
command keeps in the problem's folder.
"""

import random
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from functools import partial

from sandbox.base import Backend

from ...errors import ProblemError
from ..checkers import run_checker
from ..kinds import DIALECTS
from ..present.input_text import InputError, format_input, parse_input
from ..problems.loader import Problem, ProblemRepository, WrongSubmission
from ..problems.model import PATTERNS
from ..results.verdicts import SubmissionResult, TestGroup, TestOutcome, Verdict
from ..run.grader import Grader
from ..run.reference import Reference
from ..run.suite import SuiteCache
from ..wire.codec import encode_args, normalize
from .diagnostics import Diagnostics
from .verification import (
    KnownGrade,
    ReferenceTiming,
    SlowCheck,
    VerificationRecord,
    verification_key,
)

Report = Callable[[str], None]
LIMIT_MARGIN = 3.0
TLE_MARGIN = 5.0
"""A declared-too-slow submission must still time out with this many times the limits: its
verdict then holds on a machine up to this many times faster (CPU time is what is limited)."""


def _describe(result: SubmissionResult) -> str:
    failure = result.first_failure
    where = f" at {failure.name}: {failure.message}" if failure else ""
    return f"{result.verdict.value}{where}"


def check_custom_input(problem: Problem, diag: Diagnostics) -> None:
    """Each sample, written as a user's own input (`judge show --input`, the page's input
    box), reads back as the same arguments."""
    for index, case in enumerate(problem.samples, 1):
        try:
            text = format_input(problem, case.args)
            same = encode_args(parse_input(problem, text)) == encode_args(tuple(case.args))
        except InputError as exc:
            diag.error(f"sample {index} cannot be written as input: {exc}")
            continue
        if not same:
            diag.error(f"sample {index} written as input reads back as other arguments:\n{text}")


def check_scale(problem: Problem, diag: Diagnostics) -> None:
    """The growth estimate's inputs (`scale(rng, n)`): arguments the reference accepts at the
    smallest and the largest size, so the sizes stay within what the problem takes."""
    if problem.scale is None:
        return
    sizes = problem.meta.growth.size_list()
    for n in (sizes[0], sizes[-1]):
        args = problem.scale(random.Random(n), n)
        if not isinstance(args, tuple):
            diag.error(f"scale(rng, {n}) returned {type(args).__name__}, not a tuple of "
                       "arguments")
            return
        try:
            Reference(problem)(encode_args(args))
        except ProblemError as exc:
            diag.error(f"scale(rng, {n}): {exc}")


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
    if problem.kind.shows_signature and problem.meta.entry.name not in problem.statement:
        diag.warn(f"the statement never names {problem.meta.entry.name}")


def check_dialects(problem: Problem, grader: Grader, diag: Diagnostics) -> None:
    """A SQL problem's reference gives the same answer on every engine, on every test: its
    expected values (computed on the default engine) hold for a submission in any dialect."""
    if problem.kind.dialect is None:
        return
    for dialect in DIALECTS:
        if dialect == problem.kind.dialect:
            continue
        try:
            other = Reference(problem, dialect)
            for test in grader.suite.tests:
                outcome = run_checker(grader.checker, test.expected,
                                      other(test.encoded_args()), problem.meta.checker)
                if not outcome.ok:
                    diag.error(f"the reference answers otherwise on {dialect} ({test.name}): "
                               f"{outcome.message}")
                    break
        except ProblemError as exc:  # the engine refused it (a function it has not)
            diag.error(f"on {dialect}: {exc}")


def verify_problem(problem: Problem, backend: Backend, diag: Diagnostics,
                   report: Report, suites: SuiteCache | None = None,
                   jobs: int = 1) -> tuple[ReferenceTiming | None, list[KnownGrade]]:
    """Checks one problem, saying each fault in `diag`; gives back the reference's slowest
    call and the known submissions' grades, as its record keeps them."""
    try:
        grader = Grader(problem, backend,
                        suite=suites.get(problem) if suites is not None else None)
        check_samples(problem, grader, diag)
        check_dialects(problem, grader, diag)
        check_custom_input(problem, diag)
        check_scale(problem, diag)
    except ProblemError as exc:
        diag.error(str(exc))
        return None, []
    slowest: TestOutcome | None = None
    for attempt in (1, 2):
        result = grader.grade(problem.reference, growth="never")
        report(f"  reference, run {attempt}: {result.verdict.value} "
               f"({result.total_seconds:.1f}s)")
        if result.verdict != Verdict.accepted:
            diag.error(f"the reference is not Accepted (run {attempt}): {_describe(result)}")
            return None, []
        calls = [test for test in result.tests if test.group != TestGroup.properties]  # one is all
        slowest = max([*calls, *([slowest] if slowest else [])],   # examples together
                      key=lambda test: test.seconds)
    check_limit(problem, slowest, diag, report)
    timing = ReferenceTiming(slowest.name, round(slowest.seconds, 4),
                             problem.meta.limits.time_seconds)
    if not problem.wrong:
        diag.error("no known-wrong submissions in wrong/")
    # The other grades are independent of each other: `jobs` of them run at once (each in
    # its own sandbox; verdicts count CPU time, so sharing the machine changes none), and
    # their lines and faults are reported in this order whatever order they end in.
    checks = [*(partial(_check_accepted, name, code) for name, code in problem.accepted),
              _check_starter, *(partial(_check_wrong, wrong) for wrong in problem.wrong)]
    with ThreadPoolExecutor(max(1, jobs)) as pool:
        done = list(pool.map(lambda check: check(problem, grader), checks))
    for lines, errors, _ in done:
        for line in lines:
            report(line)
        for error in errors:
            diag.error(error)
    return timing, [grade for _, _, grade in done]


Checked = tuple[list[str], list[str], KnownGrade]
"""What one check says: its report lines, its faults, and the grade as kept."""


def dialect_of(problem: Problem, name: str) -> str | None:
    """The engine a known SQL submission is written for: the dialect its name ends in
    (`wrong/x.duckdb.sql` is named `x.duckdb`), else the default (None)."""
    _, _, last = name.rpartition(".")
    return last if last in problem.kind.dialects else None


def _grade(problem: Problem, grader: Grader, code: str,
           dialect: str | None = None) -> SubmissionResult:
    # a grader of its own per check: the checks run in threads, and a grader's in-process
    # reference (which shrinks a property failure) is not for two threads at once
    return Grader(problem, grader.backend, suite=grader.suite,
                  dialect=dialect).grade(code, growth="never")


def _kept(file: str, declared: str, result: SubmissionResult) -> KnownGrade:
    failure = result.first_failure
    return KnownGrade(file=file, declared=declared, verdict=result.verdict.value,
                      test=failure.name if failure else None,
                      message=(failure.message if failure else result.message)[:300])


def _check_accepted(name: str, code: str, problem: Problem, grader: Grader) -> Checked:
    result = _grade(problem, grader, code, dialect_of(problem, name))
    errors = [] if result.verdict == Verdict.accepted else [
        f"accepted/{name} is a correct solution the tests reject: {_describe(result)}"]
    return ([f"  accepted/{name}: {result.verdict.value}"], errors,
            _kept(f"accepted/{name}{problem.source_suffix}", Verdict.accepted.value, result))


def _check_starter(problem: Problem, grader: Grader) -> Checked:
    result = _grade(problem, grader, problem.starter)
    errors = ["the starter is Accepted"] if result.verdict == Verdict.accepted else []
    return ([f"  starter: {result.verdict.value}"], errors,
            _kept(f"starter{problem.source_suffix}", "not Accepted", result))


def _check_wrong(wrong: WrongSubmission, problem: Problem, grader: Grader) -> Checked:
    result = _grade(problem, grader, wrong.code, dialect_of(problem, wrong.name))
    file = f"wrong/{wrong.name}{problem.source_suffix}"
    kept = _kept(file, wrong.verdict.value, result)
    lines = [f"  wrong/{wrong.name}: {result.verdict.value} (declared {wrong.verdict.value})"]
    if result.verdict != wrong.verdict:
        return lines, [f"wrong/{wrong.name} declares {wrong.verdict.value} but got "
                       f"{_describe(result)}"], kept
    if wrong.verdict != Verdict.time_limit:
        return lines, [], kept
    errors, kept.slow = check_clearly_slow(problem, grader, wrong)
    stopped = f" on {kept.slow.test}" if kept.slow.test else ""
    lines.append(f"    with {TLE_MARGIN:g}x the limits: {kept.slow.verdict}{stopped}"
                 + ("" if errors else f" (over {TLE_MARGIN:g}x the limit)"))
    return lines, errors, kept


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


def check_clearly_slow(problem: Problem, grader: Grader,
                       wrong: WrongSubmission) -> tuple[list[str], SlowCheck]:
    """A submission declared too slow is graded again with TLE_MARGIN times the limits:
    it must still time out, or it passes or fails by the machine's speed."""
    limits = problem.meta.limits
    looser = problem.meta.model_copy(update={"limits": limits.model_copy(update={
        "time_seconds": limits.time_seconds * TLE_MARGIN,
        "total_seconds": limits.total_seconds * TLE_MARGIN})})
    result = Grader(replace(problem, meta=looser), grader.backend, suite=grader.suite,
                    dialect=dialect_of(problem, wrong.name)).grade(wrong.code, growth="never")
    failure = result.first_failure
    slow = SlowCheck(TLE_MARGIN, result.verdict.value, failure.name if failure else None)
    if result.verdict == Verdict.time_limit:
        return [], slow
    return [f"wrong/{wrong.name} declares Time Limit Exceeded but with {TLE_MARGIN:g}x the "
            f"limits it gets {_describe(result)}: a machine {TLE_MARGIN:g}x faster would "
            "accept it (make the slow case larger)"], slow


def verify(repository: ProblemRepository, slugs: list[str], backend: Backend,
           report: Report, suites: SuiteCache | None = None,
           jobs: int = 1) -> tuple[Diagnostics, Counter, list[VerificationRecord]]:
    """Checks each problem (all by default); computing its tests on the way, and keeping
    them in `suites` for the grades that follow. `jobs`: grades at once, within a problem.
    Gives back the faults, the coverage by pattern, and each problem's record."""
    diag = Diagnostics()
    coverage: Counter = Counter()
    records = []
    for slug in slugs or repository.slugs():
        scope = diag.child(slug)
        report(f"{slug}")
        started = time.monotonic()
        record = VerificationRecord(slug, verification_key(repository.folder(slug)))
        try:
            problem = repository.get(slug)
            coverage.update(problem.meta.patterns)
            record.patterns = list(problem.meta.patterns)
            record.reference, record.grades = verify_problem(problem, backend, scope, report,
                                                             suites, jobs)
        except ProblemError as exc:
            scope.error(str(exc))
        record.errors, record.warnings = list(scope.errors), list(scope.warnings)
        record.seconds = round(time.monotonic() - started, 1)
        records.append(record)
    return diag, coverage, records


def coverage_rows(coverage: Counter) -> list[tuple[str, int]]:
    return [(pattern, coverage.get(pattern, 0)) for pattern in PATTERNS]
