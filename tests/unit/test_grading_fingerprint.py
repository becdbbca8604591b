"""What the grading fingerprint (the version of every problem's tests and records) is made of:
the code that grades, not the tools that measure the tests."""

from pathlib import Path

from judge.grading.problems import fingerprint


def fingerprint_of(grading_dir: Path, monkeypatch) -> str:
    monkeypatch.setattr(fingerprint, "GRADING_DIR", grading_dir)
    fingerprint.grading_fingerprint.cache_clear()
    try:
        return fingerprint.grading_fingerprint()
    finally:
        fingerprint.grading_fingerprint.cache_clear()


def test_a_change_to_grading_code_changes_it_and_one_to_the_mutation_tool_does_not(
        tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "tools" / "mutation").mkdir(parents=True)
    (tmp_path / "grader.py").write_text("VERSION = 1\n")
    (tmp_path / "tools" / "mutation" / "python_mutants.py").write_text("OPERATORS = 1\n")
    before = fingerprint_of(tmp_path, monkeypatch)

    (tmp_path / "tools" / "mutation" / "python_mutants.py").write_text("OPERATORS = 2\n")
    assert fingerprint_of(tmp_path, monkeypatch) == before

    (tmp_path / "grader.py").write_text("VERSION = 2\n")
    assert fingerprint_of(tmp_path, monkeypatch) != before


def test_the_list_of_patterns_is_not_grading_code(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "problems").mkdir()
    (tmp_path / "problems" / "patterns.py").write_text('PATTERNS = ("dfs",)\n')
    (tmp_path / "problems" / "model.py").write_text("MODEL = 1\n")
    before = fingerprint_of(tmp_path, monkeypatch)

    (tmp_path / "problems" / "patterns.py").write_text('PATTERNS = ("dfs", "bfs")\n')
    assert fingerprint_of(tmp_path, monkeypatch) == before

    (tmp_path / "problems" / "model.py").write_text("MODEL = 2\n")
    assert fingerprint_of(tmp_path, monkeypatch) != before


def test_a_tools_cache_in_a_problem_folder_is_not_part_of_its_key(tmp_path: Path) -> None:
    """A local run of Hypothesis leaves `.hypothesis/` beside the files; git ignores it, so
    a key that hashed it would hold on that machine alone."""
    problem = tmp_path / "some-problem"
    problem.mkdir()
    (problem / "cases.py").write_text("SAMPLES = []\n")
    before = fingerprint.problem_key(problem)
    (problem / ".hypothesis" / "examples").mkdir(parents=True)
    (problem / ".hypothesis" / "examples" / "a").write_bytes(b"\x00\x01")
    (problem / "__pycache__").mkdir()
    (problem / "__pycache__" / "cases.pyc").write_bytes(b"\x00")
    assert fingerprint.problem_key(problem) == before
    (problem / "cases.py").write_text("SAMPLES = [1]\n")
    assert fingerprint.problem_key(problem) != before
