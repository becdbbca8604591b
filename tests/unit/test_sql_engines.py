"""The two SQL engines of the harness: SQLite's and DuckDB's. DuckDB gets no way out of the
process (files, network, extensions, Python variables, its own settings), the tables the same
ranges on both, and its results the same plain cells as SQLite's."""

import sqlite3

import pytest

from sandbox.harness.harness import EncodeError, run_query

TABLES = {"t": {"columns": ["a", "b", "d"], "types": ["INTEGER", "REAL", "TEXT"],
                "rows": [[1, 1.5, "2024-01-01"], [2, None, "2024-12-31"],
                         [3_000_000_000, 2.25, None]]},
          "empty": {"columns": ["x"], "types": ["INTEGER"], "rows": []}}


@pytest.mark.parametrize("query", [
    "SELECT * FROM read_csv('/etc/passwd')",
    "SELECT * FROM read_text('/etc/hostname')",
    "COPY (SELECT 1) TO '/tmp/out.csv'",
    "ATTACH '/tmp/other.db' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SELECT * FROM 'https://example.com/data.parquet'",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
    "SET threads = 8",
    "SELECT * FROM TABLES",  # a harness variable, were Python's names tables
])
def test_duckdb_refuses_every_way_out(query: str) -> None:
    with pytest.raises(Exception) as raised:
        run_query(query, TABLES, "duckdb")
    assert type(raised.value).__module__.startswith(("duckdb", "_duckdb"))


@pytest.mark.parametrize("query", [
    "ATTACH '/tmp/other.db' AS other",
    "SELECT load_extension('/usr/lib/mod_spatialite')",
    "PRAGMA table_info(t)",
    "DELETE FROM t",
    "INSERT INTO t (a) VALUES (4)",
    "CREATE TABLE kept AS SELECT * FROM t",
    "DROP TABLE t",
    "BEGIN",
])
def test_sqlite_lets_the_query_read_and_nothing_more(query: str) -> None:
    with pytest.raises(sqlite3.DatabaseError, match="not authorized"):
        run_query(query, TABLES, "sqlite")


def test_sqlite_reads_recurses_and_calls_functions() -> None:
    query = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3) "
             "SELECT i, upper(d), (SELECT COUNT(*) FROM t) FROM n JOIN t ON t.a = n.i ORDER BY i")
    assert run_query(query, TABLES, "sqlite")["rows"] == [[1, "2024-01-01", 3],
                                                          [2, "2024-12-31", 3]]


def test_the_same_query_gives_the_same_cells_on_both() -> None:
    query = ("SELECT a, b, d, a > 1 AS big, 1.5 AS literal, CAST(a AS DOUBLE) / 4 AS quarter, "
             "SUM(a) OVER () AS total FROM t ORDER BY a")
    sqlite, duckdb = run_query(query, TABLES, "sqlite"), run_query(query, TABLES, "duckdb")
    assert sqlite == duckdb
    assert sqlite["rows"][2] == [3_000_000_000, 2.25, None, 1, 1.5, 750_000_000.0,
                                 3_000_000_003]


def test_duckdb_tables_have_sqlites_ranges() -> None:
    """INTEGER holds 64 bits and REAL is a double, as in SQLite (DuckDB's own are 4 bytes)."""
    result = run_query("SELECT typeof(a), typeof(b), typeof(d) FROM t LIMIT 1", TABLES,
                       "duckdb")
    assert result["rows"] == [["BIGINT", "DOUBLE", "VARCHAR"]]


def test_duckdb_dates_and_decimals_come_back_as_sqlite_keeps_them() -> None:
    result = run_query("SELECT DATE '2024-02-29' AS day, TIMESTAMP '2024-02-29 13:05:00' AS at, "
                       "CAST(1.25 AS DECIMAL(5, 2)) AS amount, NULL AS nothing", {}, "duckdb")
    assert result["rows"] == [["2024-02-29", "2024-02-29 13:05:00", 1.25, None]]


def test_a_cell_neither_engine_returns_is_refused() -> None:
    with pytest.raises(EncodeError, match="numbers, text or NULL"):
        run_query("SELECT [1, 2, 3] AS items", {}, "duckdb")


def test_an_empty_table_exists_on_both() -> None:
    for dialect in ("sqlite", "duckdb"):
        assert run_query("SELECT COUNT(*) FROM empty", TABLES, dialect)["rows"] == [[0]]


def test_a_large_sort_in_sqlite_needs_no_file() -> None:
    """A sort larger than SQLite's cache stays in memory: under a file-size limit of 64 KiB
    (the sandbox limits files to the output's size), it still answers."""
    import subprocess
    import sys
    from pathlib import Path

    import sandbox.harness.harness as harness

    script = f"""
import resource, sys
sys.path.insert(0, {str(Path(harness.__file__).parent)!r})
from harness import run_query
resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
rows = [[i, f"name-{{(i * 7919) % 200003:08d}}-" + "x" * 40] for i in range(150_000)]
tables = {{"t": {{"columns": ["a", "b"], "types": ["INTEGER", "TEXT"], "rows": rows}}}}
result = run_query("SELECT COUNT(*) FROM (SELECT b FROM t GROUP BY b)", tables, "sqlite")
print(result["rows"])
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[[150000]]"
