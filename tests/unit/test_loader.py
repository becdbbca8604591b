"""Loading problem packages: typed metadata from a valid one, a named fault from a broken one."""

import shutil
from pathlib import Path

import pytest

from judge.errors import ProblemError, UnknownProblem
from judge.grading.authoring import MISSING, Case
from judge.grading.problems import ProblemRepository, load_problem
from judge.grading.problems.model import CheckerSpec, Difficulty, Entry, Kind, Metadata
from judge.grading.results.verdicts import Verdict

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "problems" / "insert-positions"
SLUG = "insert-positions"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A fresh, valid copy of insert-positions to break."""
    target = tmp_path / SLUG
    shutil.copytree(SOURCE, target, ignore=shutil.ignore_patterns("__pycache__"))
    return target


def edit_toml(path: Path, old: str, new: str) -> None:
    toml = path / "problem.toml"
    text = toml.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in problem.toml"
    toml.write_text(text.replace(old, new, 1), encoding="utf-8")


def fault(path: Path) -> str:
    with pytest.raises(ProblemError) as info:
        load_problem(path)
    return str(info.value)


# ---------------------------------------------------------------- the valid package
def test_insert_positions_loads_with_typed_metadata():
    problem = load_problem(SOURCE)
    meta = problem.meta
    assert isinstance(meta, Metadata)
    assert problem.slug == meta.slug == SLUG
    assert meta.title == "Insert Positions in a Sorted List"
    assert meta.difficulty is Difficulty.easy
    assert meta.category == "algorithms"
    assert meta.patterns == ("binary-search",)
    assert meta.kind is Kind.function
    assert meta.version == 1
    assert isinstance(meta.entry, Entry) and meta.entry.name == "insert_positions"
    assert meta.limits.time_seconds == 1.5 and meta.limits.total_seconds == 30.0
    assert meta.limits.memory_mb == 256
    assert isinstance(meta.checker, CheckerSpec) and meta.checker.policy == "exact"
    assert meta.tests.generated == 4 and meta.tests.property_examples == 150
    assert problem.source_suffix == ".py"
    assert "def insert_positions" in problem.reference
    assert "def insert_positions" in problem.starter
    assert problem.statement.strip()


def test_insert_positions_cases_and_wrong_submissions():
    problem = load_problem(SOURCE)
    assert len(problem.samples) == 2
    assert all(isinstance(c, Case) and c.expected is not MISSING for c in problem.samples)
    assert problem.samples[0].expected == [2, 1, 4, 0]
    assert problem.hidden and all(isinstance(c, Case) for c in problem.hidden)
    generated = problem.generated()
    assert len(generated) == 4 and generated == load_problem(SOURCE).generated()  # seeded
    assert problem.strategy() is not None
    assert callable(problem.invariant)
    wrong = {w.name: w.verdict for w in problem.wrong}
    assert wrong == {"last_duplicate": Verdict.wrong_answer,
                     "linear_scan": Verdict.time_limit,
                     "off_by_one_high": Verdict.wrong_answer,
                     "uses_bisect": Verdict.compilation_error}
    assert problem.meta.rules.forbidden_imports == ("bisect",)


def test_limits_translate_to_sandbox_limits():
    limits = load_problem(SOURCE).meta.limits.sandbox_limits()
    assert limits.memory_bytes == 256 * 1024 * 1024
    assert limits.cpu_seconds == 35


def test_repository(tmp_path: Path, package: Path):
    repo = ProblemRepository(tmp_path)
    assert repo.slugs() == [SLUG]
    assert repo.get(SLUG) is repo.get(SLUG)
    with pytest.raises(UnknownProblem):
        repo.get("no-such-problem")
    with pytest.raises(UnknownProblem):
        repo.get("../" + SLUG)
    assert ProblemRepository(tmp_path / "absent").slugs() == []


# ---------------------------------------------------------------- broken packages
def test_missing_statement(package: Path):
    (package / "statement.md").unlink()
    message = fault(package)
    assert "missing statement.md" in message and SLUG in message


def test_missing_reference(package: Path):
    (package / "reference.py").unlink()
    assert "missing reference.py" in fault(package)


def test_missing_cases(package: Path):
    (package / "cases.py").unlink()
    assert "missing cases.py" in fault(package)


def test_missing_problem_toml(package: Path):
    (package / "problem.toml").unlink()
    assert "missing problem.toml" in fault(package)


def test_bad_toml(package: Path):
    (package / "problem.toml").write_text('slug = "insert-positions\ntitle = [', encoding="utf-8")
    message = fault(package)
    assert "problem.toml" in message and SLUG in message


def test_unknown_pattern(package: Path):
    edit_toml(package, 'patterns = ["binary-search"]', 'patterns = ["binary-search", "telepathy"]')
    message = fault(package)
    assert "patterns" in message and "telepathy" in message


def test_unknown_field_rejected(package: Path):
    edit_toml(package, 'version = 1', 'version = 1\ncolour = "blue"')
    assert "colour" in fault(package)


def test_bad_difficulty(package: Path):
    edit_toml(package, 'difficulty = "easy"', 'difficulty = "trivial"')
    assert "difficulty" in fault(package)


def test_entry_name_must_be_identifier(package: Path):
    edit_toml(package, 'name = "insert_positions"', 'name = "insert-positions"')
    message = fault(package)
    assert "entry.name" in message and "identifier" in message


def test_sql_kind_needs_sql_checker(package: Path):
    edit_toml(package, 'kind = "function"', 'kind = "sql"')
    assert "sql" in fault(package)


def test_slug_differs_from_folder(tmp_path: Path):
    target = tmp_path / "other-name"
    shutil.copytree(SOURCE, target, ignore=shutil.ignore_patterns("__pycache__"))
    message = fault(target)
    assert "other-name" in message and "'insert-positions'" in message
    assert "folder name" in message


def test_wrong_file_without_verdict_header(package: Path):
    (package / "wrong" / "no_header.py").write_text(
        "def insert_positions(nums, queries):\n    return []\n", encoding="utf-8")
    message = fault(package)
    assert "wrong/no_header.py" in message and "# verdict:" in message


def test_empty_wrong_file(package: Path):
    (package / "wrong" / "empty.py").write_text("", encoding="utf-8")
    assert "wrong/empty.py" in fault(package)


def test_wrong_file_with_unknown_verdict(package: Path):
    (package / "wrong" / "odd.py").write_text(
        "# verdict: Sort Of Wrong\ndef insert_positions(nums, queries):\n    return []\n",
        encoding="utf-8")
    message = fault(package)
    assert "wrong/odd.py" in message and "unknown verdict" in message and "Sort Of Wrong" in message


def test_wrong_file_with_short_verdict_is_fine(package: Path):
    (package / "wrong" / "short.py").write_text(
        "# verdict: RE\ndef insert_positions(nums, queries):\n    raise ValueError\n",
        encoding="utf-8")
    wrong = {w.name: w.verdict for w in load_problem(package).wrong}
    assert wrong["short"] is Verdict.runtime_error


def test_sample_without_expected(package: Path):
    cases = package / "cases.py"
    text = cases.read_text(encoding="utf-8")
    old = "Case(([2, 2, 2, 7], [2, 3]), expected=[0, 3])"
    assert old in text
    cases.write_text(text.replace(old, "Case(([2, 2, 2, 7], [2, 3]))"), encoding="utf-8")
    message = fault(package)
    assert "sample" in message and "expected" in message and SLUG in message


def test_cases_that_fail_to_import(package: Path):
    (package / "cases.py").write_text("import no_such_module_anywhere\n", encoding="utf-8")
    message = fault(package)
    assert "cases.py" in message and "ModuleNotFoundError" in message


def test_samples_must_be_cases(package: Path):
    (package / "cases.py").write_text("SAMPLES = [([1], [1])]\n", encoding="utf-8")
    message = fault(package)
    assert "SAMPLES" in message and "Case" in message


def test_custom_checker_without_check(package: Path):
    edit_toml(package, 'policy = "exact"', 'policy = "custom"')
    (package / "checker.py").write_text("def compare(e, a):\n    return True\n",
                                        encoding="utf-8")
    assert "check()" in fault(package)


# ---------------------------------------------------------------- Entry and Verdict
@pytest.mark.parametrize("signature, names", [
    ("def insert_positions(nums: list[int], queries: list[int]) -> list[int]",
     ["nums", "queries"]),
    ("def f(a, b=2, *args, c, **kw):", ["a", "b"]),
    ("def method(self, x: int) -> None", ["x"]),
    ("def nothing()", []),
    ("class LRUCache", []),
    ("SELECT ...", []),
    ("def broken(", []),
])
def test_entry_parameters(signature, names):
    assert Entry(name="f", signature=signature).parameters() == names


def test_entry_parameters_of_the_real_problem():
    assert load_problem(SOURCE).meta.entry.parameters() == ["nums", "queries"]


@pytest.mark.parametrize("text", [
    "TLE", "tle", "time-limit-exceeded", "Time Limit Exceeded", "  time_limit_exceeded  ",
])
def test_verdict_parse_time_limit(text):
    assert Verdict.parse(text) is Verdict.time_limit


@pytest.mark.parametrize("text, verdict", [
    ("WA", Verdict.wrong_answer), ("wrong-answer", Verdict.wrong_answer),
    ("Accepted", Verdict.accepted), ("MLE", Verdict.memory_limit),
    ("runtime error", Verdict.runtime_error), ("CE", Verdict.compilation_error),
])
def test_verdict_parse_others(text, verdict):
    assert Verdict.parse(text) is verdict


@pytest.mark.parametrize("text", ["", "TL", "time limit", "Wrong"])
def test_verdict_parse_rejects(text):
    with pytest.raises(ValueError, match="unknown verdict"):
        Verdict.parse(text)
