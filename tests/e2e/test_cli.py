"""The `judge` command as a user runs it: real processes, real exit codes, real sandboxes."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
JUDGE = [sys.executable, "-c", "from judge.cli import main; main()"]
PROBLEM = ROOT / "problems" / "insert-positions"


def judge(*args: str, cwd: Path = ROOT, env: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, COLUMNS="120", **(env or {}))
    return subprocess.run([*JUDGE, *args], capture_output=True, text=True, cwd=cwd, env=env,
                          timeout=300)


def test_list_json_has_metadata() -> None:
    result = judge("list", "--json", "--pattern", "binary-search")
    assert result.returncode == 0, result.stderr
    problems = json.loads(result.stdout)
    slugs = [p["slug"] for p in problems]
    assert "insert-positions" in slugs
    entry = next(p for p in problems if p["slug"] == "insert-positions")
    assert entry["difficulty"] == "easy" and entry["kind"] == "function"
    assert all("binary-search" in p["patterns"] for p in problems)


def test_list_filters_by_category() -> None:
    result = judge("list", "--json", "--category", "sql")
    assert result.returncode == 0
    assert all(p["category"] == "sql" for p in json.loads(result.stdout))


@pytest.mark.parametrize("args,needle", [
    (("list", "--category", "cooking"), "unknown category"),
    (("list", "--difficulty", "extreme"), "unknown difficulty"),
    (("show", "no-such-problem"), "no problem named"),
    (("test", "insert-positions", "missing.py"), "no such file"),
    (("test", "no-such-problem", "x.py"), "no problem named"),
    (("verify", "no-such-problem"), "no problem named"),
    (("verify", "--mutants", "-j", "0"), "Invalid value"),
    (("frobnicate",), "No such command"),
])
def test_usage_errors_are_one_line_and_exit_2(args: tuple, needle: str) -> None:
    result = judge(*args)
    assert result.returncode == 2
    assert needle in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_empty_and_binary_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.py"
    empty.write_text("  \n")
    binary = tmp_path / "binary.py"
    binary.write_bytes(b"\xff\xfe\x00bad")
    assert "is empty" in judge("test", "insert-positions", str(empty)).stderr
    assert "not UTF-8" in judge("test", "insert-positions", str(binary)).stderr


def test_show_renders_statement_and_examples() -> None:
    result = judge("show", "insert-positions")
    assert result.returncode == 0
    assert "Insert Positions" in result.stdout
    assert "Example 1" in result.stdout and "[2, 1, 4, 0]" in result.stdout


def test_start_writes_starter_and_refuses_to_overwrite(tmp_path: Path) -> None:
    result = judge("start", "insert-positions", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = tmp_path / "insert_positions.py"
    assert written.read_text() == (PROBLEM / "starter.py").read_text()
    again = judge("start", "insert-positions", cwd=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr


@pytest.mark.docker
def test_accepted_exits_0_and_wrong_exits_1(docker_backend) -> None:
    ok = judge("test", "insert-positions", str(PROBLEM / "reference.py"), "--sandbox", "docker")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Accepted" in ok.stdout
    wrong = judge("test", "insert-positions", str(PROBLEM / "wrong" / "last_duplicate.py"),
                  "--sandbox", "docker")
    assert wrong.returncode == 1
    assert "Wrong Answer" in wrong.stdout and "expected" in wrong.stdout
    assert "insert_positions(nums=" in wrong.stdout


PANDAS_AT_EXIT = ("import atexit, sys; atexit.register(lambda: print('pandas imported:', "
                  "'pandas' in sys.modules, file=sys.stderr)); "
                  "from judge.cli import main; main()")


@pytest.mark.docker
@pytest.mark.parametrize("slug,submission,pandas", [
    ("insert-positions", "wrong/last_duplicate.py", False),  # a failure, rendered
    ("lru-cache", "reference.py", False),
    ("top-salaries-per-department", "reference.sql", False),
    ("customer-order-summary", "reference.py", True),  # the control: a pandas problem does
])
def test_judge_test_imports_pandas_only_for_a_pandas_problem(docker_backend, slug: str,
                                                             submission: str,
                                                             pandas: bool) -> None:
    """`judge test` pays for pandas (about a quarter of a second) only where the problem
    uses it."""
    result = subprocess.run([sys.executable, "-c", PANDAS_AT_EXIT, "test", slug,
                             str(ROOT / "problems" / slug / submission), "--sandbox", "docker"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300,
                            env=dict(os.environ, COLUMNS="120"))
    assert "Traceback" not in result.stderr, result.stderr
    assert f"pandas imported: {pandas}" in result.stderr, result.stdout + result.stderr


def test_a_run_on_my_own_input(local_backend, tmp_path: Path) -> None:
    example = judge("show", "insert-positions", "--input")
    assert example.returncode == 0 and example.stdout == (
        "nums = [1, 3, 5, 6]\nqueries = [5, 2, 7, 0]\n")
    mine = tmp_path / "in.txt"
    mine.write_text("nums = [2, 2, 9]\nqueries = [2, 10]\n")
    wrong = PROBLEM / "wrong" / "off_by_one_high.py"
    result = judge("test", "insert-positions", str(wrong), "--input", str(mine),
                   "--sandbox", "local")
    assert result.returncode == 1, result.stderr
    assert "on your input" in result.stdout and "reference: [0, 3]" in result.stdout
    agreed = judge("test", "insert-positions", str(PROBLEM / "reference.py"), "--input",
                   str(mine), "--sandbox", "local", "--json")
    assert agreed.returncode == 0, agreed.stderr
    (run,) = json.loads(agreed.stdout)["tests"]
    assert run["got"] == run["expected"] == "[0, 3]"
    mine.write_text("nums = [2, 2, 9]\nqueries = open('x')\n")
    refused = judge("test", "insert-positions", str(wrong), "--input", str(mine))
    assert refused.returncode == 2 and len(refused.stderr.strip().splitlines()) == 1
    assert "line 2: queries: calling open() is not allowed" in refused.stderr


@pytest.mark.parametrize("value, reason", [
    ("0x" + "f" * 3600, "line 1: nums: an integer has more than 4300 digits; integers are "
                        "limited to 4300 decimal digits, whatever base they are written in"),
    ("9" * 4400, "line 1: an integer has more than 4300 digits"),
    ("'\\ud800'", "line 1: nums: a string holds a lone surrogate"),
])
def test_an_input_the_judge_cannot_run_is_a_one_line_error(tmp_path: Path, value: str,
                                                           reason: str) -> None:
    """Refused as the input is read, before any sandbox is chosen (it once failed while the
    call was built: an internal error, exit 3)."""
    mine = tmp_path / "in.txt"
    mine.write_text(f"nums = [{value}]\nqueries = [1]\n")
    refused = judge("test", "insert-positions", str(PROBLEM / "reference.py"), "--input",
                    str(mine))
    assert refused.returncode == 2, refused.stdout + refused.stderr
    (line,) = refused.stderr.strip().splitlines()
    assert line.startswith(f"error: {mine}: {reason}"), line
    assert "hexadecimal" not in refused.stderr and refused.stdout == ""


@pytest.mark.bwrap
def test_json_result_and_samples_only(local_backend, tmp_path: Path) -> None:
    source = tmp_path / "s.py"
    source.write_text("def insert_positions(nums, queries):\n    print('debug!')\n"
                      "    return [sum(x < q for x in nums) for q in queries]\n")
    result = judge("test", "insert-positions", str(source), "--sandbox", "local", "--samples",
                   "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"] == "Accepted"
    assert {t["group"] for t in data["tests"]} == {"sample"}
    assert "debug!" in data["stdout"]


@pytest.mark.bwrap
def test_verify_keeps_a_record_and_stale_verifies_only_what_changed(
        tmp_path: Path, local_backend) -> None:
    """On a copy of two problems: verify keeps each one's record (a declared Time Limit
    Exceeded with what it got at 5x the limits); --stale then has nothing to do until a file
    of one problem changes, and then verifies that one alone."""
    import shutil

    slow, cheap = "insert-positions", "users-without-live-orders"
    for slug in (slow, cheap):
        shutil.copytree(ROOT / "problems" / slug, tmp_path / slug,
                        ignore=shutil.ignore_patterns("verification.json", "__pycache__"))
    env = {"JUDGE_PROBLEMS_DIR": str(tmp_path), "JUDGE_CACHE_DIR": str(tmp_path / ".cache")}
    result = judge("verify", "--stale", "--sandbox", "local", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2/2 problem(s) verified" in result.stdout
    assert "with 5x the limits: Time Limit Exceeded" in result.stdout
    kept = {slug: json.loads((tmp_path / slug / "verification.json").read_text())
            for slug in (slow, cheap)}
    assert all(record["ok"] is True and record["slug"] == slug
               for slug, record in kept.items())
    too_slow = [grade for grade in kept[slow]["grades"]
                if grade["declared"] == "Time Limit Exceeded"]
    assert "wrong/linear_scan.py" in [grade["file"] for grade in too_slow]
    assert all(grade["slow"]["verdict"] == "Time Limit Exceeded" for grade in too_slow)
    result = judge("verify", "--stale", "--sandbox", "local", env=env)
    assert result.returncode == 0 and "every verification record is current" in result.stdout
    wrong = sorted((tmp_path / cheap / "wrong").iterdir())[0]
    wrong.write_text(wrong.read_text() + "\n-- an edit\n")
    result = judge("verify", "--stale", "--sandbox", "local", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1/1 problem(s) verified" in result.stdout and slow not in result.stdout
    assert json.loads((tmp_path / cheap / "verification.json").read_text())["key"] != (
        kept[cheap]["key"])
    assert json.loads((tmp_path / slow / "verification.json").read_text()) == kept[slow]


@pytest.mark.docker
def test_verify_mutants_stale_grades_only_what_is_stale(tmp_path: Path, docker_backend) -> None:
    """On a copy of two problems: nothing to grade while their kept scores are current; a
    kept score made stale by an edit is measured again, and kept again."""
    import shutil

    for slug in ("bst-meeting-point", "users-without-live-orders"):
        shutil.copytree(ROOT / "problems" / slug, tmp_path / slug)
    env = {"JUDGE_PROBLEMS_DIR": str(tmp_path), "JUDGE_CACHE_DIR": str(tmp_path / ".cache")}
    result = judge("verify", "--mutants", "--stale", "--sandbox", "docker", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "  mutation score " not in result.stdout
    assert "every mutation score is current" in result.stdout  # said, not silent
    with (tmp_path / "users-without-live-orders" / "cases.py").open("a") as handle:
        handle.write("\n# an edit\n")
    result = judge("verify", "--mutants", "--stale", "--sandbox", "docker", env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "users-without-live-orders\n  mutation score " in result.stdout
    assert "bst-meeting-point" not in result.stdout
    result = judge("verify", "--mutants", "--stale", "--sandbox", "docker", env=env)
    assert "  mutation score " not in result.stdout
    assert "every mutation score is current" in result.stdout


HEAVY = ("pydantic", "pydantic_settings", "numpy", "pandas", "hypothesis", "httpx",
         "sqlalchemy")
WATCH = ("import atexit, sys; atexit.register(lambda: print('imported:', ','.join(sorted("
         f"m for m in {HEAVY!r} if m in sys.modules)), file=sys.stderr)); "
         "from judge.cli import main; main()")


@pytest.mark.parametrize("args", [("--help",), ("list",), ("list", "--json"),
                                  ("show", "insert-positions")])
def test_the_quick_commands_import_nothing_heavy(args: tuple, tmp_path: Path) -> None:
    """`judge --help`, `list` and `show` start in a fraction of a second: none of them
    imports pydantic, numpy, pandas, Hypothesis, httpx or SQLAlchemy (a statement is rendered
    once per problem version and kept)."""
    env = dict(os.environ, COLUMNS="120", JUDGE_CACHE_DIR=str(tmp_path))
    for _ in range(2):  # the first run may compute what the second reads
        result = subprocess.run([sys.executable, "-c", WATCH, *args], capture_output=True,
                                text=True, cwd=ROOT, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    line = next(s for s in result.stderr.splitlines() if s.startswith("imported:"))
    assert line == "imported: ", line
