"""Mutation analysis of a problem's tests: every mutant of the reference is graded like a
submission; the tests are as strong as the share of mutants they reject.

A problem may declare mutants that cannot be told apart from the reference
(`equivalent-mutants.toml`, one reason each). The score, over the others, is kept in the
problem's folder (`mutation.json`) under a key of the files it depends on, so a test can
check every stored score is current and meets the bar without grading anything.
"""

import hashlib
import json
import tomllib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sandbox.base import Backend

from ....errors import ProblemError
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
Every other module is an operator's, and its source is in every score's key."""

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
    """The reference as written by the mutator, and its mutants."""
    if problem.kind.language == "sql":
        return sql_mutants(problem.reference)
    return python_mutants(problem.reference)


def operator_sources() -> list[Path]:
    """The modules that make mutants, in a fixed order."""
    return sorted(path for path in Path(__file__).parent.glob("*.py")
                  if path.name not in NOT_OPERATORS)


def mutation_key(folder: Path) -> str:
    """A hash of what decides the mutants and the tests they meet: the problem's files (its
    statement, scores and known submissions aside) and the operators' code."""
    digest = hashlib.sha256(f"mutation {OPERATORS_VERSION}".encode())
    for path in operator_sources():
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
    original, mutants = mutants_of(problem)
    equivalent = declared_equivalent(problem.path)
    result = MutationScore(problem.slug, mutation_key(problem.path), len(mutants),
                           sum(1 for mutant in mutants if mutant.id in equivalent), 0)
    unknown = set(equivalent) - {mutant.id for mutant in mutants}
    result.errors += [f"{EQUIVALENT_FILE} names {name!r}, which is no mutant of the reference"
                      for name in sorted(unknown)]
    control = Grader(problem, backend, suite=suite).grade(original, growth="never")
    if control.verdict != Verdict.accepted:
        result.errors.append("the reference as the mutator writes it is not Accepted: "
                             f"{control.verdict.value}: {control.message}")
        return result

    def grade(mutant: Mutant) -> SubmissionResult:
        return Grader(problem, backend, suite=suite).grade(mutant.code, growth="never")

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
