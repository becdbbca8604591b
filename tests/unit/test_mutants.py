"""Mutants of references: each operator makes the slips it names, every mutant is valid code
that differs from the reference and from every other, and kept scores are judged by their
key without grading anything."""

import ast
import json
import shutil
from pathlib import Path

import pytest
import sqlglot

from judge.errors import ProblemError
from judge.grading.tools.mutation.analysis import (
    BAR,
    EQUIVALENT_FILE,
    SCORE_FILE,
    declared_equivalent,
    mutation_key,
    stored_faults,
)
from judge.grading.tools.mutation.python_mutants import python_mutants
from judge.grading.tools.mutation.sql_mutants import sql_mutants

ROOT = Path(__file__).resolve().parents[2]

SOURCE = '''
def pick(values: list[int], limit: int) -> list[int]:
    """A docstring is never mutated."""
    out = []
    for value in sorted(values, key=lambda v: (abs(v), v)):
        if value < limit and value != 0:
            out.append(value * 2)
        elif not value:
            continue
        else:
            break
    return out[1:len(out)] + [min(values), True]
'''


def labels(mutants) -> list[str]:
    return [mutant.id.split(" ", 1)[1] for mutant in mutants]


def test_python_operators_make_the_slips_they_name() -> None:
    original, mutants = python_mutants(SOURCE)
    found = labels(mutants)
    for expected in ("`<` -> `<=`", "`<` -> `>=`", "`!=` -> `==`", "`and` -> `or`",
                     "`*` -> `/`", "`2` -> `3`", "`2` -> `1`", "`True` -> `False`",
                     "`min` -> `max`", "dropped `not`", "`break` -> `continue`",
                     "`continue` -> `break`", "removed `out.append(value * 2)`",
                     "sort key `v` -> `-v`", "slice upper bound `len(out)` -> `len(out) + 1`",
                     "slice upper bound `len(out)` -> `len(out) - 1`"):
        assert expected in found, expected
    assert not any("docstring" in mutant.code and "never mutated" not in mutant.code
                   for mutant in mutants)
    assert all("list[int]" in mutant.code for mutant in mutants)  # annotations kept
    codes = [mutant.code for mutant in mutants]
    assert len(set(codes)) == len(codes) and original not in codes
    for mutant in mutants:
        ast.parse(mutant.code)
        assert mutant.diff.count("\n-") >= 1 or mutant.diff.startswith("-")
    assert len({mutant.id for mutant in mutants}) == len(mutants)


def test_python_mutant_ids_point_at_the_reference_line() -> None:
    _, mutants = python_mutants(SOURCE)
    compare = next(m for m in mutants if m.id.endswith("`<` -> `<=`"))
    line, column = compare.id.split(" ")[0].split(":")
    assert SOURCE.splitlines()[int(line) - 1].strip().startswith("if value < limit")
    assert int(column) >= 1


@pytest.mark.catalogue
def test_every_reference_in_the_catalogue_makes_valid_distinct_mutants() -> None:
    for path in sorted(ROOT.glob("problems/*/reference.*")):
        text = path.read_text(encoding="utf-8")
        dialect = path.suffixes[0][1:] if len(path.suffixes) > 1 else "sqlite"
        original, mutants = (sql_mutants(text, dialect) if path.suffix == ".sql"
                             else python_mutants(text))
        assert mutants, path
        assert len({m.code for m in mutants} | {original}) == len(mutants) + 1, path
        assert len({m.id for m in mutants}) == len(mutants), path
        for mutant in mutants:
            if path.suffix == ".sql":
                sqlglot.parse_one(mutant.code, read=dialect)
            else:
                ast.parse(mutant.code)


QUERY = """
SELECT c.name, COUNT(*) AS orders, COALESCE(SUM(o.total), 0) AS spent
FROM customers AS c LEFT JOIN orders AS o ON o.customer_id = c.id AND o.total > 10
WHERE c.region IS NOT NULL
GROUP BY c.name
HAVING COUNT(o.id) >= 2
ORDER BY spent DESC
"""


def test_sql_operators_make_the_slips_they_name() -> None:
    _, mutants = sql_mutants(QUERY)
    found = labels(mutants)
    for expected in ("LEFT JOIN -> JOIN", "GT -> GTE: `o.total > 10`",
                     "GTE -> GT: `COUNT(o.id) >= 2`", "COUNT(*) -> COUNT(c.name)",
                     "COUNT(o.id) -> COUNT(*)",
                     "dropped the NULL default: `COALESCE(SUM(o.total), 0)`",
                     "`IS NOT` -> `IS`: `NOT c.region IS NULL`",
                     "dropped `AND o.total > 10`", "AND -> OR: "
                     "`o.customer_id = c.id AND o.total > 10`",
                     "reversed the order of `spent`", "`10` -> `11`", "`10` -> `9`",
                     "removed WHERE `NOT c.region IS NULL`", "removed HAVING `COUNT(o.id) >= 2`"):
        assert any(label.startswith(expected) for label in found), (expected, found)
    left = next(m for m in mutants if m.id.endswith("LEFT JOIN -> JOIN"))
    assert "-LEFT JOIN orders" in left.diff and "+JOIN orders" in left.diff
    line = int(left.id.split(" ")[0][1:])
    assert "JOIN orders" in left.code.splitlines()[line - 1]


def test_sql_distinct_and_window_swaps() -> None:
    _, mutants = sql_mutants("SELECT DISTINCT a, RANK() OVER (ORDER BY b) AS r, "
                             "LAG(b) OVER (ORDER BY b) AS p FROM t UNION SELECT 1, 2, 3")
    found = labels(mutants)
    for expected in ("dropped DISTINCT", "Rank -> DenseRank", "Rank -> RowNumber",
                     "Lag -> Lead", "UNION -> UNION ALL"):
        assert any(label.startswith(expected) for label in found), (expected, found)


# ------------------------------------------------------------------ kept scores
@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "insert-positions"
    shutil.copytree(ROOT / "problems" / "insert-positions", copy,
                    ignore=shutil.ignore_patterns("__pycache__", SCORE_FILE))
    return copy


def write_score(folder: Path, killed: int, mutants: int = 20, equivalent: int = 0,
                errors: tuple = ()) -> None:
    (folder / SCORE_FILE).write_text(json.dumps({
        "key": mutation_key(folder), "mutants": mutants, "equivalent": equivalent,
        "killed": killed, "survivors": [], "errors": list(errors)}))


def test_a_missing_score_is_a_fault(folder: Path) -> None:
    assert "no mutation.json" in stored_faults(folder)[0]


def test_a_current_score_at_the_bar_stands(folder: Path) -> None:
    write_score(folder, killed=19)  # 95%
    assert 19 / 20 >= BAR and stored_faults(folder) == []
    write_score(folder, killed=19, equivalent=1)  # 19 of 19 counted
    assert stored_faults(folder) == []


def test_a_score_under_the_bar_or_with_errors_is_a_fault(folder: Path) -> None:
    write_score(folder, killed=18)
    assert "under 95%" in stored_faults(folder)[0]
    write_score(folder, killed=20, errors=("mutant x: Internal Error",))
    assert "measured with an error" in stored_faults(folder)[0]


def test_a_change_that_shapes_the_tests_makes_the_score_stale(folder: Path) -> None:
    write_score(folder, killed=20)
    (folder / "statement.md").write_text("reworded\n")  # the statement shapes no test
    (folder / "wrong" / "another.py").write_text("# verdict: Wrong Answer\n")
    assert stored_faults(folder) == []
    with (folder / "cases.py").open("a") as handle:
        handle.write("\n# one more line\n")
    assert "stale" in stored_faults(folder)[0]


def test_equivalent_mutants_need_a_reason(folder: Path) -> None:
    (folder / EQUIVALENT_FILE).write_text(
        '[[mutant]]\nid = "4:15 `<` -> `<=`"\nreason = "the loop ends either way"\n')
    assert declared_equivalent(folder) == {"4:15 `<` -> `<=`": "the loop ends either way"}
    (folder / EQUIVALENT_FILE).write_text('[[mutant]]\nid = "4:15 `<` -> `<=`"\n')
    with pytest.raises(ProblemError, match="needs an id and a reason"):
        declared_equivalent(folder)
    (folder / EQUIVALENT_FILE).write_text('[[mutant\n')
    with pytest.raises(ProblemError, match=EQUIVALENT_FILE):
        declared_equivalent(folder)


def test_every_module_that_makes_mutants_is_in_the_key() -> None:
    """A new operator module must stale every score: the key hashes every module of the
    mutation folder but the few that make no mutant (and each of those is named)."""
    import judge.grading.tools.mutation.analysis as analysis

    folder = Path(analysis.__file__).parent
    hashed = {path.name for path in analysis.operator_sources()}
    assert {"python_mutants.py", "slip_mutants.py", "sql_mutants.py", "mutant.py"} <= hashed
    assert hashed | analysis.NOT_OPERATORS == {path.name for path in folder.glob("*.py")}
    assert analysis.NOT_OPERATORS <= {path.name for path in folder.glob("*.py")}


def test_a_change_to_an_operator_module_makes_the_score_stale(folder: Path,
                                                               monkeypatch) -> None:
    import judge.grading.tools.mutation.analysis as analysis

    write_score(folder, killed=20)
    assert stored_faults(folder) == []
    copies = folder.parent / "operators"
    copies.mkdir()
    for path in analysis.operator_sources("python"):
        (copies / path.name).write_bytes(path.read_bytes())
    monkeypatch.setattr(analysis, "operator_sources",
                        lambda language=None: sorted(copies.glob("*.py")))
    assert stored_faults(folder) == []  # the same sources: the same key
    with (copies / "slip_mutants.py").open("a") as handle:
        handle.write("\n# a new slip\n")
    assert "stale" in stored_faults(folder)[0]


def test_an_operator_module_of_one_language_stales_only_that_language() -> None:
    """SQL's operators are not in a Python problem's key and Python's are not in a SQL
    problem's; the shared modules are in both."""
    import judge.grading.tools.mutation.analysis as analysis

    python = {path.name for path in analysis.operator_sources("python")}
    sql = {path.name for path in analysis.operator_sources("sql")}
    assert "sql_mutants.py" not in python and "python_mutants.py" in python
    assert "python_mutants.py" not in sql and "slip_mutants.py" not in sql
    assert "sql_mutants.py" in sql and "mutant.py" in python & sql
    assert analysis.reference_language(ROOT / "problems" / "users-without-live-orders") == "sql"
    assert analysis.reference_language(ROOT / "problems" / "insert-positions") == "python"


def test_a_sql_mutant_is_graded_on_every_engine_its_reference_is_written_for() -> None:
    """A reference written once for both engines: each mutant has its code for SQLite, then
    DuckDB, under one id. A DuckDB reference of its own: its mutants are DuckDB's alone."""
    from judge.grading.problems import load_problem
    from judge.grading.tools.mutation.analysis import candidates

    originals, shared = candidates(load_problem(ROOT / "problems" / "users-without-live-orders"))
    assert set(originals) == {"sqlite", "duckdb"}
    assert "IS DISTINCT FROM" in originals["duckdb"]
    assert shared and all([dialect for dialect, _ in m.codes] == ["sqlite", "duckdb"]
                          for m in shared)

    # the engines' printings break one line of this query differently: the edits still pair
    _, shifted = candidates(load_problem(ROOT / "problems" / "delivery-delay-histogram"))
    assert shifted and all(len(m.codes) == 2 for m in shifted)

    _, mutants = candidates(load_problem(ROOT / "problems" / "sessionize-page-views"))
    own = [m for m in mutants if m.id.startswith("duckdb: ")]
    assert own and all([d for d, _ in m.codes] == ["duckdb"] for m in own)
    assert all([d for d, _ in m.codes] == ["sqlite"] for m in mutants if m not in own)

    _, python = candidates(load_problem(ROOT / "problems" / "insert-positions"))
    assert python and all([d for d, _ in m.codes] == [None] for m in python)
