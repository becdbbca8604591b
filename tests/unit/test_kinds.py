"""Kinds of problem: one module each on one protocol (`judge.grading.kinds`), so that nothing
outside the room asks which kind a problem is."""

import ast
from pathlib import Path

import pytest

from judge.grading.kinds import KINDS, InputError, Kind
from judge.grading.problems import ProblemRepository
from judge.grading.problems.model import CheckerSpec
from judge.grading.wire.codec import encode_args

ROOT = Path(__file__).resolve().parents[2]
REPOSITORY = ProblemRepository(ROOT / "problems")
ONE_OF_EACH = {Kind.function: "insert-positions", Kind.klass: "lru-cache",
               Kind.pandas: "customer-order-summary", Kind.sql: "top-salaries-per-department"}


def test_every_kind_has_its_module() -> None:
    assert set(KINDS) == set(Kind)
    for kind, rules in KINDS.items():
        assert rules.kind == kind
        assert REPOSITORY.get(ONE_OF_EACH[kind]).kind is rules


def test_no_module_outside_the_room_asks_for_a_kind_by_name() -> None:
    """The branches the kinds replaced stay gone: outside `kinds/`, no module names a
    `Kind.<member>`."""
    named = []
    for path in sorted((ROOT / "judge").rglob("*.py")) + sorted((ROOT / "api").rglob("*.py")):
        if "kinds" in path.relative_to(ROOT).parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id == "Kind" and node.attr in Kind.__members__):
                named.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert named == []


@pytest.mark.parametrize("kind,suffix,comment", [
    (Kind.function, ".py", "#"), (Kind.klass, ".py", "#"), (Kind.pandas, ".py", "#"),
    (Kind.sql, ".sql", "--")])
def test_files(kind: Kind, suffix: str, comment: str) -> None:
    rules = KINDS[kind]
    assert (rules.suffix, rules.comment) == (suffix, comment)
    problem = REPOSITORY.get(ONE_OF_EACH[kind])
    assert problem.source_suffix == suffix
    assert all(w.code.startswith(f"{comment} verdict:") for w in problem.wrong)


def test_checker_policies() -> None:
    assert KINDS[Kind.sql].policy_refused("float") == (
        "a sql problem needs the 'sql' (or 'custom') checker policy")
    assert KINDS[Kind.sql].policy_refused("custom") is None
    assert "pandas problem" in KINDS[Kind.pandas].policy_refused("unordered")
    assert KINDS[Kind.pandas].policy_refused("dataframe") is None
    for kind in (Kind.function, Kind.klass):
        assert all(KINDS[kind].policy_refused(p) is None for p in KINDS[kind].policies)


def test_runtime_modules() -> None:
    rules = KINDS[Kind.function]
    assert rules.runtime_modules("import numpy as np\n") == ("numpy",)
    assert rules.runtime_modules("from pandas import DataFrame\n") == ("numpy", "pandas")
    assert rules.runtime_modules("import bisect\n") == ()
    assert rules.runtime_modules("def broken(:\n") == ()
    assert KINDS[Kind.sql].runtime_modules("SELECT 1") == ("sqlite3",)


def test_how_each_shows_an_input() -> None:
    shown = {kind: REPOSITORY.get(slug).kind.show_input(REPOSITORY.get(slug),
                                                        REPOSITORY.get(slug).samples[0].args)
             for kind, slug in ONE_OF_EACH.items()}
    assert shown[Kind.function] == "insert_positions(nums=[1, 3, 5, 6], queries=[5, 2, 7, 0])"
    assert shown[Kind.klass].startswith("LRUCache(2), put(1, 10), put(2, 20), get(1)")
    assert shown[Kind.sql].startswith("departments (3 rows):\n  id INTEGER | name TEXT\n")
    assert shown[Kind.pandas].startswith("customer_summary(...) with\ncustomers =\n")


def test_input_names_and_arguments() -> None:
    sql = REPOSITORY.get(ONE_OF_EACH[Kind.sql])
    assert sql.kind.input_names(sql) == ["departments", "employees"]
    tables = list(sql.samples[0].args[0].values())
    assert sql.kind.arguments(sql, tables) == sql.samples[0].args
    with pytest.raises(InputError, match="employees must be a table"):
        sql.kind.arguments(sql, [tables[0], [1, 2]])
    klass = REPOSITORY.get(ONE_OF_EACH[Kind.klass])
    assert klass.kind.input_names(klass) == ["operations"]
    with pytest.raises(InputError, match="the first operation must make the object"):
        klass.kind.arguments(klass, [[["get", [1]]]])


def test_a_class_problem_explains_the_operation_that_went_wrong() -> None:
    rules = KINDS[Kind.klass]
    operations = [["LRUCache", [2]], ["put", [1, 10]], ["get", [1]]]
    encoded = encode_args((operations,))
    policy = CheckerSpec()
    found = rules.explain_mismatch(encoded, [None, None, 10], [None, None, -1], policy)
    assert found == ("operation 2, get(1): expected 10, got -1; the 2 operation(s) before it "
                     "agreed")
    assert KINDS[Kind.function].explain_mismatch(encoded, [1], [2], policy) is None
    partial = rules.wrong_before_crash([None, "x"], [None, None, 10], lambda: encoded,
                                      policy)
    assert partial is not None and partial[1].startswith("operation 1, put(1, 10)")
    assert rules.wrong_before_crash(None, [None, None, 10], lambda: encoded, policy) is None
    kept, names, when = rules.kept_arguments(REPOSITORY.get("lru-cache"), encoded)
    assert (kept, names, when) == ([2], ["capacity"], "after the operations")
