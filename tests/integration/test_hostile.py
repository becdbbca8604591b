"""Every hostile submission in tests/hostile/, graded for real on each sandbox backend.

Each file's first line names the acceptable verdicts; none of them is Accepted. Grading must
finish (the timeout mark), never be an Internal Error, and leave no sandbox behind.
"""

import time
from pathlib import Path

import pytest

from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader

from ._sandboxes import harness_pids, judge_cgroups, sandbox_containers

HOSTILE = Path(__file__).resolve().parent.parent / "hostile"
FILES = sorted(HOSTILE.glob("*.py"))
LOAD_SECONDS = 4.0
"""The limit on loading: a loop at import meets it exactly as it meets the grader's 20 s
(the same code path), and the test need not wait 20 s of CPU (3x that in wall time) twice."""
BACKENDS = [pytest.param("local", marks=pytest.mark.bwrap, id="local"),
            pytest.param("docker", marks=pytest.mark.docker, id="docker")]


def expected_verdicts(path: Path) -> set[Verdict]:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    prefix = "# expect:"
    assert first.startswith(prefix), f"{path.name}: the first line must be '{prefix} ...'"
    verdicts = {Verdict.parse(v) for v in first[len(prefix):].split(",") if v.strip()}
    assert verdicts, f"{path.name}: no expected verdicts"
    return verdicts


def test_corpus_is_well_formed():
    assert len(FILES) >= 20
    for path in FILES:
        verdicts = expected_verdicts(path)
        assert Verdict.accepted not in verdicts, path.name
        assert Verdict.internal_error not in verdicts, path.name


def _wait_until_gone(probe, before, seconds=10.0):
    deadline = time.monotonic() + seconds
    while True:
        left = probe() - before
        if not left or time.monotonic() > deadline:
            return left
        time.sleep(0.2)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("backend_name", BACKENDS)
@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_hostile_submission(request, backend_name, path, problem):
    backend = request.getfixturevalue(f"{backend_name}_backend")
    allowed = expected_verdicts(path)
    pids_before = harness_pids()
    groups_before = judge_cgroups()
    containers_before = sandbox_containers(backend) if backend_name == "docker" else set()

    started = time.monotonic()
    result = Grader(problem, backend, load_seconds=LOAD_SECONDS).grade(
        path.read_text(encoding="utf-8"))
    elapsed = time.monotonic() - started

    failure = result.first_failure
    detail = (f"{path.name} on {backend_name}: {result.verdict} - {result.message}"
              f" (first failure: {failure.name if failure else None})")
    assert result.verdict != Verdict.accepted, detail
    assert result.verdict != Verdict.internal_error, detail
    assert result.verdict in allowed, detail
    assert failure is not None and failure.verdict == result.verdict, detail
    assert elapsed < 100, detail
    assert result.backend == backend_name

    # Nothing outlives the grading: no harness process (fork bombs included), no cgroup,
    # no container.
    assert not _wait_until_gone(harness_pids, pids_before), f"{detail}: processes survived"
    assert not _wait_until_gone(judge_cgroups, groups_before), f"{detail}: cgroups survived"
    if backend_name == "docker":
        left = _wait_until_gone(lambda: sandbox_containers(backend), containers_before)
        assert not left, f"{detail}: containers survived: {left}"


SQL_ATTACKS = [
    # (dialect, query, what the engine says)
    ("duckdb", "SELECT * FROM read_csv('/etc/passwd')", "disabled"),
    ("duckdb", "SELECT * FROM read_text('/etc/hostname')", "disabled"),
    ("duckdb", "COPY (SELECT 1 AS x) TO '/tmp/out.csv'", "disabled"),
    ("duckdb", "ATTACH '/tmp/other.db' AS other", "disabled"),
    ("duckdb", "INSTALL httpfs", ""),
    ("duckdb", "LOAD httpfs", ""),
    ("duckdb", "SELECT * FROM 'https://example.com/data.parquet'", ""),
    ("duckdb", "SET enable_external_access = true", "locked"),
    ("duckdb", "SELECT * FROM TABLES", ""),
    ("sqlite", "ATTACH '/tmp/other.db' AS other", "not authorized"),
    ("sqlite", "SELECT load_extension('/usr/lib/mod_spatialite')", "not authorized"),
    ("sqlite", "PRAGMA table_info(users)", "not authorized"),
    ("sqlite", "DELETE FROM users", "not authorized"),
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("backend_name", BACKENDS)
@pytest.mark.parametrize(("dialect", "query", "said"), SQL_ATTACKS,
                         ids=[f"{d}-{q.split('(')[0][:24]}" for d, q, _ in SQL_ATTACKS])
def test_a_sql_query_gets_no_way_out(request, backend_name, dialect, query, said):
    """Each engine refuses files, network, extensions, its settings and writes inside the
    sandbox: the query's Runtime Error says the engine's reason."""
    from judge.grading.problems import load_problem

    backend = request.getfixturevalue(f"{backend_name}_backend")
    sql = load_problem(Path(__file__).resolve().parents[2] / "problems"
                       / "users-without-live-orders")
    result = Grader(sql, backend, dialect=dialect).grade(query)
    detail = f"{query} on {dialect} in {backend_name}: {result.verdict} - {result.message}"
    assert result.verdict == Verdict.runtime_error, detail
    failure = result.first_failure
    assert failure is not None and said.lower() in failure.message.lower(), detail
