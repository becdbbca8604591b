"""Mutation analysis of a problem's tests: every mutant of the reference is graded like a
submission; the tests are as strong as the share of mutants they reject.

A SQL problem's mutants are made on each engine's reference: a mutant of a reference written
once for both engines is graded on both and is killed if either rejects it; the mutants of a
dialect's own reference (`reference.duckdb.sql`) are graded on that engine, with ids that
start with the dialect's name (`duckdb: `).

A problem may declare mutants that cannot be told apart from the reference
(`equivalent-mutants.toml`, one reason each). The score, over the others, is kept in the
problem's folder (`mutation.json`) under a key of the files it depends on, so a test can
check every stored score is current and meets the bar without grading anything.
"""

import hashlib
import json
import tomllib
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from sandbox.base import Backend

from ....errors import ProblemError
from ...kinds import DIALECTS
from ...problems.fingerprint import hash_problem_files
from ...problems.loader import Problem
from ...results.verdicts import SubmissionResult, Verdict
from ...run.grader import Grader
from ...run.suite import Suite
from .mutant import Mutant
from .python_mutants import python_mutants
from .sql_mutants import sql_mutants

OPERATORS_VERSION = 2
"""Bumped when the operators change: every stored score is then stale."""
BAR = 0.95
SCORE_FILE = "mutation.json"
EQUIVALENT_FILE = "equivalent-mutants.toml"
KEY_EXCLUDED = frozenset({"statement.md"})
"""Beyond known submissions and measurements (`hash_problem_files`): files that do not change
which mutants there are or which tests they meet."""
NOT_OPERATORS = frozenset({"__init__.py", "analysis.py", "search.py", "literal.py",
                           "cases_file.py"})
"""Modules of this folder that make no mutant: a change to them leaves every score standing.
Every other module is an operator's, and its source is in the key of every score of its
language (`OWN_OPERATORS`)."""
OWN_OPERATORS = {"python": frozenset({"python_mutants.py", "slip_mutants.py"}),
                 "sql": frozenset({"sql_mutants.py"})}
"""Operator modules of one language only: a change to one stales only that language's scores
(the shared ones, such as mutant.py, stale every score)."""

Report = Callable[[str], None]


@dataclass(frozen=True)
class Survivor:
    id: str
    diff: str
    verdict: str


@dataclass
class MutationScore:
    slug: str
    key: str
    mutants: int
    equivalent: int
    killed: int
    survivors: list[Survivor] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def score(self) -> float:
        counted = self.mutants - self.equivalent
        return self.killed / counted if counted else 1.0

    @property
    def meets_bar(self) -> bool:
        return self.score >= BAR and not self.errors

    def to_json(self) -> dict:
        data = asdict(self)
        data["score"] = round(self.score, 4)
        data["operators_version"] = OPERATORS_VERSION
        return data


def mutants_of(problem: Problem) -> tuple[str, list[Mutant]]:
    """The reference as written by the mutator, and its mutants (a SQL problem's: of its
    default engine's reference)."""
    if problem.kind.language == "sql":
        return sql_mutants(problem.reference)
    return python_mutants(problem.reference)


@dataclass(frozen=True)
class Candidate:
    """A mutant as written for each engine it is graded on, in order (None: the problem's
    only one). It is killed if any of them rejects it."""
    id: str
    diff: str
    codes: tuple[tuple[str | None, str], ...]


def candidates(problem: Problem) -> tuple[dict[str | None, str], list[Candidate]]:
    """The reference as the mutator writes it for each engine, and the mutants to grade."""
    if problem.kind.language != "sql":
        original, mutants = python_mutants(problem.reference)
        return {None: original}, [Candidate(m.id, m.diff, ((None, m.code),)) for m in mutants]
    originals: dict[str | None, str] = {}
    found: dict[tuple, Candidate] = {}
    for dialect in DIALECTS:
        source = problem.reference_in(dialect)
        own = source != problem.reference
        originals[dialect], mutants = sql_mutants(source, dialect)
        seen: Counter = Counter()
        for mutant in mutants:
            if own:
                site = (dialect, mutant.id)
                known = found.setdefault(site, Candidate(f"{dialect}: {mutant.id}",
                                                         mutant.diff, ()))
            else:  # one edit, by its label and its place among the edits of that label: the
                # engines' printings may break a line differently, so not by its line
                label = mutant.id.split(" ", 1)[1]
                seen[label] += 1
                site = ("", label, seen[label])
                known = found.setdefault(site, Candidate(mutant.id, mutant.diff, ()))
            found[site] = replace(known, codes=(*known.codes, (dialect, mutant.code)))
    return originals, list(found.values())


def operator_sources(language: str | None = None) -> list[Path]:
    """The modules that make mutants (of `language`'s references only, if given), in a fixed
    order."""
    others = set().union(*(own for name, own in OWN_OPERATORS.items() if name != language)) \
        if language else set()
    return sorted(path for path in Path(__file__).parent.glob("*.py")
                  if path.name not in NOT_OPERATORS and path.name not in others)


def reference_language(folder: Path) -> str:
    """The language of the reference in `folder`, as its file names it."""
    return "sql" if (folder / "reference.sql").exists() else "python"


def mutation_key(folder: Path) -> str:
    """A hash of what decides the mutants and the tests they meet: the problem's files (its
    statement, scores and known submissions aside) and its language's operators' code."""
    digest = hashlib.sha256(f"mutation {OPERATORS_VERSION}".encode())
    for path in operator_sources(reference_language(folder)):
        digest.update(path.read_bytes())
    hash_problem_files(digest, folder, KEY_EXCLUDED)
    return digest.hexdigest()[:32]


def declared_equivalent(folder: Path) -> dict[str, str]:
    """`equivalent-mutants.toml`: `[[mutant]]` tables, each an `id` and a `reason`."""
    path = folder / EQUIVALENT_FILE
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProblemError(f"{folder.name}/{EQUIVALENT_FILE}: {exc}") from None
    declared = {}
    for entry in data.get("mutant", []):
        mutant_id, reason = entry.get("id"), entry.get("reason")
        if not isinstance(mutant_id, str) or not isinstance(reason, str) or not reason.strip():
            raise ProblemError(f"{folder.name}/{EQUIVALENT_FILE}: each [[mutant]] needs an id "
                               "and a reason")
        declared[mutant_id] = reason
    return declared


def analyse(problem: Problem, backend: Backend, suite: Suite, report: Report,
            jobs: int = 1) -> MutationScore:
    """Grades every mutant of the reference (in `jobs` threads) and scores the tests."""
    originals, mutants = candidates(problem)
    equivalent = declared_equivalent(problem.path)
    result = MutationScore(problem.slug, mutation_key(problem.path), len(mutants),
                           sum(1 for mutant in mutants if mutant.id in equivalent), 0)
    unknown = set(equivalent) - {mutant.id for mutant in mutants}
    result.errors += [f"{EQUIVALENT_FILE} names {name!r}, which is no mutant of the reference"
                      for name in sorted(unknown)]
    def grade_in(code: str, dialect: str | None) -> SubmissionResult:
        return Grader(problem, backend, suite=suite, dialect=dialect).grade(code,
                                                                             growth="never")

    for dialect, original in originals.items():
        control = grade_in(original, dialect)
        if control.verdict != Verdict.accepted:
            result.errors.append("the reference as the mutator writes it is not Accepted"
                                 f"{f' on {dialect}' if dialect else ''}: "
                                 f"{control.verdict.value}: {control.message}")
            return result

    def grade(mutant: Candidate) -> SubmissionResult:
        for dialect, code in mutant.codes:  # the next engine only if this one accepts it
            outcome = grade_in(code, dialect)
            if outcome.verdict != Verdict.accepted:
                break
        return outcome

    with ThreadPoolExecutor(max(1, jobs)) as pool:
        for mutant, graded in zip(mutants, pool.map(grade, mutants), strict=True):
            declared, verdict = mutant.id in equivalent, graded.verdict
            if verdict == Verdict.internal_error:
                result.errors.append(f"mutant {mutant.id}: Internal Error: "
                                     f"{graded.message[:300]}")
            elif verdict != Verdict.accepted:
                if declared:
                    result.errors.append(f"mutant {mutant.id} is declared equivalent but is "
                                         f"rejected ({verdict.value})")
                else:
                    result.killed += 1
            elif not declared:
                result.survivors.append(Survivor(mutant.id, mutant.diff, verdict.value))
            report(f"  {'killed' if verdict != Verdict.accepted else 'survived'}: "
                   f"{mutant.id} ({verdict.value})")
    return result


def store(problem: Problem, score: MutationScore) -> Path:
    path = problem.path / SCORE_FILE
    path.write_text(json.dumps(score.to_json(), indent=1) + "\n", encoding="utf-8")
    return path


def stored_faults(folder: Path) -> list[str]:
    """Why the stored score of the problem in `folder` cannot stand: missing, stale (its
    files changed since it was measured), below the bar, or measured with errors."""
    path = folder / SCORE_FILE
    if not path.exists():
        return [f"no {SCORE_FILE}: run judge verify --mutants {folder.name}"]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        return [f"{SCORE_FILE} is not JSON: {exc}"]
    faults = []
    if data.get("key") != mutation_key(folder):
        faults.append(f"{SCORE_FILE} is stale (the files changed since it was measured): "
                      f"run judge verify --mutants {folder.name}")
    score = MutationScore(folder.name, data.get("key", ""), data.get("mutants", 0),
                          data.get("equivalent", 0), data.get("killed", 0)).score
    if score < BAR:
        faults.append(f"mutation score {score:.1%} is under {BAR:.0%} "
                      f"({len(data.get('survivors', []))} surviving mutants)")
    faults += [f"measured with an error: {error}" for error in data.get("errors", [])]
    return faults
