"""Feedback that teaches: where a class diverged, readable diffs per data shape, next steps."""

import numpy as np
import pandas as pd

from judge.grading.checkers import dataframe, exact, floats, sqlresult
from judge.grading.kinds.operations import diverging_operation
from judge.grading.problems.model import CheckerSpec
from judge.grading.results.feedback import next_step
from judge.grading.results.verdicts import ErrorInfo, SubmissionResult, TestOutcome, Verdict
from judge.grading.wire.structures import SqlResult

EXACT = CheckerSpec()


def test_class_problem_names_the_operation_that_diverged() -> None:
    ops = [["Cache", [2]], ["put", [1, 10]], ["get", [1]], ["get", [2]]]
    message = diverging_operation(ops, [None, None, 10, -1], [None, None, 10, 0], EXACT)
    assert message == ("operation 3, get(2): expected -1, got 0; "
                       "the 3 operation(s) before it agreed")


def test_class_problem_with_missing_results_says_so() -> None:
    ops = [["Cache", [2]], ["get", [1]]]
    assert diverging_operation(ops, [None, -1], [None], EXACT) == (
        "expected 2 results (one per operation), got 1")


def test_lists_name_the_first_differing_index() -> None:
    assert exact.check([1, 2, 3, 4], [1, 2, 9, 4], policy=EXACT).message == (
        "[2]: expected 3, got 9")


def test_arrays_report_count_first_and_largest_error() -> None:
    policy = CheckerSpec(policy="float", rtol=1e-6)
    message = floats.check(np.array([[1.0, 2.0], [3.0, 4.0]]),
                           np.array([[1.0, 2.5], [3.0, 14.0]]), policy=policy).message
    assert message == ("2 of 4 elements differ; first at [0, 1]: expected 2.0, got 2.5; "
                       "largest error 10 (relative 2.5) at [1, 1]")


def test_dataframe_in_order_names_cells_with_counts() -> None:
    policy = CheckerSpec(policy="dataframe", row_order=True)
    e = pd.DataFrame({"user": [1, 2, 3], "total": [5, 6, 7]})
    a = pd.DataFrame({"user": [1, 2, 3], "total": [5, 0, 0]})
    assert dataframe.check(e, a, policy=policy).message == (
        "2 cell(s) differ ('total': 2), e.g. row 1, 'total': expected 6, got 0; "
        "row 2, 'total': expected 7, got 0")


def test_dataframe_names_missing_columns_and_dtype_families() -> None:
    policy = CheckerSpec(policy="dataframe")
    e = pd.DataFrame({"user": [1], "total": [5.0]})
    assert dataframe.check(e, pd.DataFrame({"user": [1]}), policy=policy).message == (
        "columns differ: missing ['total'], unexpected []")
    wrong_type = pd.DataFrame({"user": [1], "total": ["5"]})
    assert "column 'total': expected number values (float64), got object" in \
        dataframe.check(e, wrong_type, policy=policy).message


def test_sql_results_list_missing_and_extra_rows() -> None:
    policy = CheckerSpec(policy="sql")
    e = SqlResult(("name", "n"), (("a", 1), ("b", None), ("c", 3)))
    a = SqlResult(("name", "n"), (("a", 1), ("b", ""), ("c", 3)))
    assert sqlresult.check(e, a, policy=policy).message == (
        "1 expected row(s) missing, e.g. ('b', None); 1 unexpected row(s), e.g. ('b', '')")


def _result(verdict: Verdict, group: str = "hidden") -> SubmissionResult:
    test = TestOutcome("t", group, verdict, 0.1, "m")
    return SubmissionResult(verdict, "m", (test,), "fake", 0.1,
                            error=ErrorInfo("ValueError", "x"))


def test_every_verdict_but_accepted_has_a_next_step() -> None:
    assert next_step(_result(Verdict.accepted)) == ""
    for verdict in Verdict:
        if verdict != Verdict.accepted:
            assert next_step(_result(verdict)).endswith(".")
    assert "smallest" in next_step(_result(Verdict.wrong_answer, "properties"))
    assert "example" in next_step(_result(Verdict.wrong_answer, "sample"))


def test_lists_holding_arrays_are_compared_elementwise() -> None:
    policy = CheckerSpec(policy="exact")
    folds = [[np.array([0, 1]), np.array([2, 3])], [np.array([2, 3]), np.array([0, 1])]]
    same = [[np.array([0, 1]), np.array([2, 3])], [np.array([2, 3]), np.array([0, 1])]]
    assert exact.check(folds, same, policy=policy).ok
    other = [[np.array([0, 1]), np.array([2, 3])], [np.array([2, 3]), np.array([0, 2])]]
    assert "[1][1]" in exact.check(folds, other, policy=policy).message


def test_long_lists_are_shown_where_they_first_differ() -> None:
    from judge.grading.render.answers import show_pair

    expected = list(range(1000))
    got = list(expected)
    got[450] = -7
    shown_expected, shown_got = show_pair(expected, got)
    assert "450" in shown_expected and "-7" in shown_got
    assert "first difference at index 450" in shown_expected
    assert shown_expected.startswith("[... 447 items, 447, 448, 449, 450,")
    assert shown_got.startswith("[... 447 items, 447, 448, 449, -7,")
    short_expected, short_got = show_pair([1, 2, 3], [1, 2, 4])
    assert (short_expected, short_got) == ("[1, 2, 3]", "[1, 2, 4]")
    longer, shorter = show_pair(list(range(100)), list(range(99)))
    assert "first difference at index 99; 100 items" in longer
    assert "99 items" in shorter


def test_tree_problems_say_what_a_node_is_and_the_recursion_limit() -> None:
    from pathlib import Path

    from judge.grading.present.statement import render_statement
    from judge.grading.problems import load_problem

    problems = Path(__file__).resolve().parents[2] / "problems"
    text = render_statement(load_problem(problems / "snake-level-order"))
    assert "`node.val`, `node.left` and `node.right`" in text
    assert "recursion limit from 1,000 to 100,000" in text
    assert "## Nodes" not in render_statement(load_problem(problems / "insert-positions"))
