"""Architecture: api -> judge -> sandbox; inside judge, cli -> service -> grading; and a harness
that needs nothing but the stdlib."""

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "sandbox" / "harness" / "harness.py"
TOP_LEVEL_ALLOWED = {"base64", "json", "math", "os", "resource", "signal", "socket", "struct",
                     "sys", "tempfile", "traceback"}
LAZY_ALLOWED = {"numpy", "pandas", "sqlite3", "duckdb"}


def _lint_imports() -> str:
    found = Path(sys.executable).parent / "lint-imports"
    if found.exists():
        return str(found)
    which = shutil.which("lint-imports")
    if which is None:
        pytest.fail("lint-imports is not installed (pip install import-linter)")
    return which


CONTRACTS = ("api -> judge -> sandbox",
             "judge: cli -> service -> grading -> settings | errors -> folders",
             "api never imports the command line",
             "judge.grading: rooms in layers")


def _run_lint_imports(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([_lint_imports(), "--no-cache"], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_import_layers_are_kept():
    proc = _run_lint_imports(ROOT)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    for contract in CONTRACTS:
        assert f"{contract} KEPT" in output
    assert "BROKEN" not in output


@pytest.mark.parametrize("module,line,broken", [
    ("judge/grading/wire/codec.py", "import judge.service.queue", CONTRACTS[1]),
    ("judge/grading/results/verdicts.py", "from judge.cli import app", CONTRACTS[1]),
    ("judge/service/plans.py", "from judge.cli import app", CONTRACTS[1]),
    ("api/routes/health.py", "import judge.cli.client", CONTRACTS[2]),
    ("sandbox/frames.py", "import judge.errors", CONTRACTS[0]),
    # the rooms of the grading core
    ("judge/grading/wire/codec.py", "from ..run import grader", CONTRACTS[3]),
    ("judge/grading/results/verdicts.py", "from ..checkers import outcome", CONTRACTS[3]),
    ("judge/grading/problems/loader.py", "from ..present import statement", CONTRACTS[3]),
    ("judge/grading/kinds/base.py", "from ..problems import model", CONTRACTS[3]),
    ("judge/grading/run/suite.py", "from ..tools import verify", CONTRACTS[3]),
])
def test_a_backward_import_breaks_the_build(tmp_path: Path, module: str, line: str,
                                            broken: str):
    """The contracts can fail: a copy of the code with one import against them is refused."""
    for package in ("judge", "api", "sandbox"):
        shutil.copytree(ROOT / package, tmp_path / package,
                        ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    with open(tmp_path / module, "a", encoding="utf-8") as handle:
        handle.write(f"\n{line}  # noqa\n")
    proc = _run_lint_imports(tmp_path)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert f"{broken} BROKEN" in output


def _imported_roots(node: ast.AST) -> set[str]:
    if isinstance(node, ast.Import):
        return {alias.name.split(".")[0] for alias in node.names}
    if isinstance(node, ast.ImportFrom):
        if node.level:
            return {"." * node.level + (node.module or "")}
        return {(node.module or "").split(".")[0]}
    return set()


def _harness_tree() -> ast.Module:
    return ast.parse(HARNESS.read_text(encoding="utf-8"), filename=str(HARNESS))


def test_harness_top_level_imports_are_stdlib_only():
    tree = _harness_tree()
    top = set()
    for node in tree.body:  # module level, including under if/try at module level
        for inner in ast.walk(node) if not isinstance(
                node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) else ():
            top |= _imported_roots(inner)
    assert top, "expected the harness to import something"
    assert top <= TOP_LEVEL_ALLOWED, f"unexpected top-level imports: {top - TOP_LEVEL_ALLOWED}"
    assert all(name in sys.stdlib_module_names for name in top)


def test_harness_lazy_imports_are_allowed_and_inside_functions():
    tree = _harness_tree()
    lazy = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for inner in ast.walk(node):
                lazy |= _imported_roots(inner)
    allowed = TOP_LEVEL_ALLOWED | LAZY_ALLOWED
    assert lazy <= allowed, f"unexpected imports inside functions: {lazy - allowed}"
    assert not any(name.startswith(".") for name in lazy), "the harness must not import relatively"


def test_harness_runs_without_the_project_on_the_path(tmp_path: Path):
    """The harness is copied alone into the sandbox: it must import with no judge/sandbox."""
    copy = tmp_path / "harness.py"
    shutil.copy(HARNESS, copy)
    code = (f"import sys; sys.path = [p for p in sys.path if {str(ROOT)!r} not in p]; "
            f"sys.path.insert(0, {str(tmp_path)!r}); "
            "import harness; print(harness.HARNESS_VERSION, 'numpy' in sys.modules, "
            "'pandas' in sys.modules, 'judge' in sys.modules)")
    proc = subprocess.run([sys.executable, "-I", "-c", code], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    version, numpy_loaded, pandas_loaded, judge_loaded = proc.stdout.split()
    assert version.isdigit()
    assert (numpy_loaded, pandas_loaded, judge_loaded) == ("False", "False", "False")


@pytest.mark.parametrize("environment", [
    {},
    {"JUDGE_PROBLEMS_DIR": "/srv/problems", "JUDGE_CACHE_DIR": "/var/cache/judge"},
    {"judge_build_dir": "/tmp/build", "JUDGE_PROBLEMS_DIR": "relative/problems"},
])
def test_the_quick_folders_read_the_settings_as_settings_do(monkeypatch, environment):
    """`judge list` and `judge show` read their folders without pydantic-settings: the same
    variables, the same defaults, the same cache folders."""
    from judge.folders import folders
    from judge.settings import Settings

    for key in [k for k in os.environ if k.upper().startswith("JUDGE_")]:
        monkeypatch.delenv(key)
    for key, value in environment.items():
        monkeypatch.setenv(key, value)
    quick, settings = folders(), Settings()
    assert quick.problems_dir == settings.problems_dir
    assert quick.build_dir == settings.build_dir and quick.cache_dir == settings.cache_dir
    assert (quick.suite_dir, quick.statement_dir) == (settings.suite_dir, settings.statement_dir)
