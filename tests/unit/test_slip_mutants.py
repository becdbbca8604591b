"""The slips people make, as mutants: each operator writes the slip it names, and the slip
changes what the code computes on the input that shows it."""

import sqlite3
import textwrap

import numpy as np
import pandas as pd
import pytest

from judge.grading.tools.mutation.python_mutants import python_mutants
from judge.grading.tools.mutation.sql_mutants import sql_mutants


def mutant_lines(source: str) -> dict[str, str]:
    """Each mutant's label -> its code."""
    _original, mutants = python_mutants(textwrap.dedent(source))
    return {mutant.id.split(" ", 1)[1]: mutant.code for mutant in mutants}


def run(code: str, name: str, *args):
    namespace = {"np": np, "pd": pd}
    exec(code, namespace)
    return namespace[name](*args)


def the(mutants: dict[str, str], label_start: str) -> str:
    found = [code for label, code in mutants.items() if label.startswith(label_start)]
    assert len(found) == 1, (label_start, sorted(mutants))
    return found[0]


def test_tolerances_removed_scaled_and_made_relative() -> None:
    mutants = mutant_lines("""
        def same(a, b):
            return abs(a - b) < 1e-09
    """)
    assert run(the(mutants, "epsilon `1e-09` removed"), "same", 0.1 + 0.2, 0.3) is False
    assert run(the(mutants, "epsilon `1e-09` -> `1e-06`"), "same", 1.0, 1.0 + 1e-7) is True
    assert run(the(mutants, "guard `abs(a - b) < 1e-09` -> `a - b == 0`"), "same",
               0.1 + 0.2, 0.3) is False
    relative = the(mutants, "tolerance `1e-09` made relative to `b`")
    assert run(relative, "same", 1e-12, 1e-11) is False  # tiny values: never equal
    assert run(relative, "same", 1e12, 1e12 + 1) is True


def test_a_spread_guard_made_loose() -> None:
    mutants = mutant_lines("""
        def scaled(x, std):
            if std == 0:
                return 0.0
            return x / std
    """)
    loose = the(mutants, "guard `std == 0` -> `abs(std) < 1e-08`")
    assert run(loose, "scaled", 1.0, 1e-9) == 0.0
    count_guard = mutant_lines("def f(n):\n    return n == 0\n")  # an int count: exact
    assert count_guard and not any(label.startswith("guard") for label in count_guard)


def test_near_library_calls() -> None:
    mutants = mutant_lines("""
        def f(frame, values):
            minutes = (frame["end"] - frame["start"]).dt.total_seconds() / 60
            spread = values.std(ddof=1) + np.var(values)
            bits = np.log2(values)
            order = np.argsort(values, kind="stable")
            ranks = frame["x"].rank(method="min")
            joined = frame.merge(frame, on="k")
            groups = frame.groupby("k")["x"].sum()
            return minutes, spread, bits, order, ranks, joined, groups
    """)
    for label in ("`.total_seconds()` -> `.seconds`", "`ddof=1` -> `ddof=0`", "added `ddof=1`",
                  "`log2` -> `log`", "`kind='stable'` -> `kind='quicksort'`",
                  "`method='min'` -> `method='dense'`", "`method='min'` -> `method='first'`",
                  "added `how='left'`", "`groupby` with `sort=False`", "dropped `kind='stable'`",
                  "dropped `method='min'`", "dropped `ddof=1`"):
        the(mutants, label)
    seconds = the(mutants, "`.total_seconds()` -> `.seconds`")
    assert ".dt.seconds / 60" in seconds
    frame = pd.DataFrame({"start": pd.to_datetime(["2024-12-31 23:00"]),
                          "end": pd.to_datetime(["2025-01-02 00:30"])})
    assert (frame["end"] - frame["start"]).dt.seconds.iloc[0] / 60 == 90.0  # a day lost


def test_most_common_ties_and_rounding_made_truncation() -> None:
    mutants = mutant_lines("""
        from collections import Counter

        def top(words, k):
            return Counter(words).most_common(k)

        def cents(x):
            return int(round(x * 100)), round(x)

        def frame_cents(s):
            return s.round().astype(int)
    """)
    ties = the(mutants, "`most_common` ties broken by key")
    assert run(ties, "top", ["b", "a"], 1) == [("a", 1)]
    assert run(the(mutants, "`int(round(...))` -> `int(...)`"), "cents", 0.29)[0] == 28
    assert run(the(mutants, "`round(...)` -> `int(...)`"), "cents", 2.7)[1] == 2
    truncated = the(mutants, "rounding before `.astype(...)` dropped")
    assert run(truncated, "frame_cents", pd.Series([2.7])).tolist() == [2]


def test_swapped_operands_and_arguments() -> None:
    mutants = mutant_lines("""
        def f(a, b, lo, hi):
            return a - b, np.clip(a, lo, hi), max(lo, hi)
    """)
    assert "b - a" in the(mutants, "swapped the operands of `a - b`")
    assert "np.clip(a, hi, lo)" in the(mutants, "swapped arguments `lo` and `hi`")
    assert not any("max(hi, lo)" in code for code in mutants.values())  # commutative


def test_rounded_returns_while_as_if_dropped_copies_and_aliased_rows() -> None:
    mutants = mutant_lines("""
        import copy

        def mean(values: list[float]) -> float:
            return sum(values) / len(values)

        def zero() -> float:
            return 0.0

        def halve(n):
            while n > 1:
                n //= 2
            return n

        def grid(n, m, rows):
            kept = rows.copy()
            deep = copy.deepcopy(rows)
            same = rows[:]
            table = [[0] * m for _ in range(n)]
            return kept, deep, same, table
    """)
    assert run(the(mutants, "return value rounded to 4 decimals"), "mean", [1, 2, 2]) == 1.6667
    assert run(the(mutants, "`while` -> `if`"), "halve", 8) == 4
    for label in ("dropped `.copy()`", "dropped `copy.deepcopy`", "dropped the copy `[:]`"):
        the(mutants, label)
    table = run(the(mutants, "rows aliased"), "grid", 2, 2, [])[3]
    table[0][0] = 1
    assert table[1][0] == 1


def test_while_with_break_is_not_made_if() -> None:
    mutants = mutant_lines("""
        def f(n):
            while True:
                n += 1
                if n > 3:
                    break
            return n
    """)
    assert not any(label.startswith("`while` -> `if`") for label in mutants)


@pytest.fixture
def orders() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:")
    connection.executescript("""
        CREATE TABLE orders (id INTEGER, buyer INTEGER, ordered_on TEXT);
        INSERT INTO orders VALUES (1, 1, '2024-12-20'), (2, 1, '2025-01-05'), (3, 2, '2025-03-01');
    """)
    return connection


def test_sql_date_differences_divisions_and_rounding(orders: sqlite3.Connection) -> None:
    query = """
        SELECT a.buyer,
               julianday(b.ordered_on) - julianday(a.ordered_on) AS gap,
               CAST(COUNT(*) AS REAL) / 3 AS share
        FROM orders AS a JOIN orders AS b ON a.buyer = b.buyer AND a.id < b.id
        GROUP BY a.buyer, gap
    """
    _original, mutants = sql_mutants(query)
    by_label = {mutant.id.split(" ", 1)[1]: mutant.code for mutant in mutants}

    def only(start: str) -> str:
        found = [code for label, code in by_label.items() if label.startswith(start)]
        assert len(found) == 1, (start, sorted(by_label))
        return found[0]

    assert orders.execute(query).fetchall() == [(1, 16.0, 1 / 3)]
    assert orders.execute(only("date difference by day of year")).fetchall()[0][1] == -350
    assert orders.execute(only("date difference on the text")).fetchall()[0][1] == 1
    assert orders.execute(only("integer division")).fetchall()[0][2] == 0
    assert orders.execute(only("rounded to 2 decimals: `share`")).fetchall()[0][2] == 0.33
    plain = sql_mutants("SELECT COUNT(*) / 7 AS weeks, SUM(id) / COUNT(*) AS mean FROM orders")[1]
    real = [mutant.code for mutant in plain if "real division" in mutant.id]
    assert len(real) == 1 and orders.execute(real[0]).fetchall() == [(0, 2.0)]
