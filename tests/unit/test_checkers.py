"""The built-in checkers: each accepts what its policy allows and rejects the rest, saying where."""

import math
from datetime import datetime

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge.grading.checkers import (
    BUILTIN,
    Outcome,
    dataframe,
    exact,
    floats,
    run_checker,
    sqlresult,
    unordered,
)
from judge.grading.checkers.rows import row_key, sort_order
from judge.grading.problems.model import CheckerSpec
from judge.grading.wire.structures import LinkedList, SqlResult, Tree


def spec(**kwargs) -> CheckerSpec:
    return CheckerSpec(**kwargs)


def accepted(outcome: Outcome) -> bool:
    assert isinstance(outcome, Outcome)
    if outcome.ok:
        assert outcome.message == ""
    return outcome.ok


def rejected(outcome: Outcome) -> str:
    assert isinstance(outcome, Outcome)
    assert not outcome.ok, "expected a rejection"
    assert outcome.message
    return outcome.message


# ---------------------------------------------------------------- exact
EXACT = spec(policy="exact")


@pytest.mark.parametrize("expected, actual", [
    (1, 1), ("abc", "abc"), (None, None), (True, True),
    ([1, 2, 3], [1, 2, 3]),
    ([1, 2, 3], (1, 2, 3)),  # a list and a tuple are both sequences
    ((1, [2, (3,)]), [1, (2, [3])]),
    (math.nan, math.nan),
    ([1.5, math.nan], [1.5, float("nan")]),
    ({"a": [1, 2], "b": {1, 2}}, {"b": {2, 1}, "a": [1, 2]}),
    ({1, 2}, frozenset({1, 2})),
    (Tree((1, None, 2)), Tree((1, None, 2))),
    (LinkedList((1, 2)), LinkedList((1, 2))),
    (np.array([1.0, np.nan]), np.array([1.0, np.nan])),
])
def test_exact_accepts(expected, actual):
    assert accepted(exact.check(expected, actual, policy=EXACT))


def test_exact_bool_and_int_are_distinct():
    assert "bool" in rejected(exact.check(True, 1, policy=EXACT))
    assert "int" in rejected(exact.check(0, False, policy=EXACT))
    assert rejected(exact.check([1, True], [1, 1], policy=EXACT)).startswith("[1]")


def test_exact_int_and_float_are_distinct():
    message = rejected(exact.check(2, 2.0, policy=EXACT))
    assert "int" in message and "float" in message
    assert rejected(exact.check([1.0], [1], policy=EXACT)).startswith("[0]")


def test_exact_nan_is_not_a_number():
    assert rejected(exact.check(math.nan, 1.0, policy=EXACT))
    assert rejected(exact.check(1.0, math.nan, policy=EXACT))


def test_exact_names_the_nested_path():
    message = rejected(exact.check([1, [2, {"a": 3}]], [1, [2, {"a": 4}]], policy=EXACT))
    assert message.startswith("[1][1]['a']:")
    assert "3" in message and "4" in message


def test_exact_length_mismatch():
    message = rejected(exact.check([1, 2, 3], [1, 2], policy=EXACT))
    assert "3 items" in message and "2" in message
    assert rejected(exact.check([[1, 2]], [[1, 2, 3]], policy=EXACT)).startswith("[0]:")


def test_exact_dict_keys_named():
    message = rejected(exact.check({"a": 1, "b": 2}, {"a": 1, "c": 2}, policy=EXACT))
    assert "'b'" in message and "'c'" in message


def test_exact_set_difference_named():
    message = rejected(exact.check({1, 2, 3}, {1, 2, 4}, policy=EXACT))
    assert "3" in message and "4" in message


def test_exact_type_mismatch():
    assert "str" in rejected(exact.check("1", 1, policy=EXACT))
    assert rejected(exact.check([1], {1}, policy=EXACT))
    assert rejected(exact.check(None, 0, policy=EXACT))
    assert rejected(exact.check(Tree((1, 2)), Tree((1, None, 2)), policy=EXACT))


# ---------------------------------------------------------------- floats
def test_floats_within_rtol():
    policy = spec(policy="float", rtol=1e-6)
    assert accepted(floats.check(1000.0, 1000.0009, policy=policy))
    message = rejected(floats.check(1000.0, 1000.01, policy=policy))
    assert "off by" in message


def test_floats_within_atol():
    policy = spec(policy="float", atol=1e-3)
    assert accepted(floats.check(0.0, 0.0009, policy=policy))
    assert accepted(floats.check([0.5, -0.5], (0.5005, -0.4995), policy=policy))
    message = rejected(floats.check([0.5, [0.0, 1.0]], [0.5, [0.0, 1.01]], policy=policy))
    assert message.startswith("[1][1]:")


def test_floats_int_and_float_agree_with_tolerance():
    policy = spec(policy="float", rtol=1e-9)
    assert accepted(floats.check(3, 3.0, policy=policy))


def test_floats_nan_and_inf():
    policy = spec(policy="float", rtol=1e-3, atol=1e-3)
    assert accepted(floats.check(math.nan, math.nan, policy=policy))
    assert accepted(floats.check(math.inf, math.inf, policy=policy))
    assert rejected(floats.check(math.inf, -math.inf, policy=policy))
    assert rejected(floats.check(1.0, math.nan, policy=policy))
    assert rejected(floats.check(1e308, math.inf, policy=policy))


def test_floats_arrays_within_tolerance():
    policy = spec(policy="float", rtol=1e-6, atol=1e-9)
    e = np.array([[1.0, 2.0], [3.0, np.nan]])
    assert accepted(floats.check(e, e * (1 + 1e-8), policy=policy))
    assert accepted(floats.check(np.array([1, 2, 3]), [1.0, 2.0, 3.0], policy=policy))


def test_floats_arrays_shape_mismatch():
    policy = spec(policy="float", rtol=1e-6)
    message = rejected(floats.check(np.zeros((2, 3)), np.zeros((3, 2)), policy=policy))
    assert "(2, 3)" in message and "(3, 2)" in message
    assert "ragged" in rejected(floats.check(np.zeros(2), [[1.0], 2.0], policy=policy))
    assert rejected(floats.check(np.zeros(2), "zeros", policy=policy))


def test_floats_arrays_report_first_and_largest_error():
    policy = spec(policy="float", rtol=1e-6)
    e = np.array([[1.0, 2.0], [3.0, 4.0]])
    a = np.array([[1.0, 2.5], [3.0, 9.0]])
    message = rejected(floats.check(e, a, policy=policy))
    assert "2 of 4 elements differ" in message
    assert "first at [0, 1]" in message
    assert "largest error 5 " in message and "at [1, 1]" in message


# ---------------------------------------------------------------- unordered
def test_unordered_depth_1():
    policy = spec(policy="unordered", unordered_depth=1)
    assert accepted(unordered.check([3, 1, 2], [1, 2, 3], policy=policy))
    assert accepted(unordered.check([[1, 2], [3]], [[3], [1, 2]], policy=policy))
    # the inner lists' order still matters at depth 1
    message = rejected(unordered.check([[1, 2], [3]], [[3], [2, 1]], policy=policy))
    assert "order does not matter" in message
    assert rejected(unordered.check([1, 2, 2], [1, 2], policy=policy))
    assert rejected(unordered.check([1, 1, 2], [1, 2, 2], policy=policy))


def test_unordered_depth_2():
    policy = spec(policy="unordered", unordered_depth=2)
    assert accepted(unordered.check([[1, 2], [3]], [[3], [2, 1]], policy=policy))
    assert accepted(unordered.check([[1, 2], [3, 4]], ([4, 3], (2, 1)), policy=policy))
    assert rejected(unordered.check([[1, 2], [3]], [[3], [2, 2]], policy=policy))
    # depth 2 leaves a third level ordered
    assert rejected(unordered.check([[[1, 2]]], [[[2, 1]]], policy=policy))


def test_unordered_rejects_non_sequences():
    policy = spec(policy="unordered")
    assert "expected a list" in rejected(unordered.check([1], {1}, policy=policy))


def test_unordered_keeps_bool_int_distinct():
    policy = spec(policy="unordered")
    assert rejected(unordered.check([1, 0], [True, False], policy=policy))


def test_unordered_with_tolerance():
    policy = spec(policy="unordered", rtol=1e-6)
    assert accepted(unordered.check([0.5, 0.25], [0.25, 0.5000001], policy=policy))
    assert rejected(unordered.check([0.5, 0.25], [0.25, 0.6], policy=policy))


def test_unordered_with_tolerance_pairs_near_equal_numbers():
    """Near-equal floats must pair up regardless of how their text sorts ("10.0" < "2.0")."""
    policy = spec(policy="unordered", rtol=1e-6)
    assert accepted(unordered.check([2.0, 10.0], [10.0, 1.9999999999], policy=policy))


# ---------------------------------------------------------------- dataframe
DF = spec(policy="dataframe")


def frame(**columns) -> pd.DataFrame:
    return pd.DataFrame(columns)


def test_dataframe_identical():
    e = frame(a=[1, 2], b=["x", "y"])
    assert accepted(dataframe.check(e, e.copy(), policy=DF))


def test_dataframe_row_order_ignored_by_default():
    e = frame(a=[1, 2, 3], b=["x", "y", "z"])
    a = frame(a=[3, 1, 2], b=["z", "x", "y"])
    assert accepted(dataframe.check(e, a, policy=DF))
    message = rejected(dataframe.check(e, a, policy=spec(policy="dataframe", row_order=True)))
    assert message.startswith("6 cell(s) differ ('a': 3, 'b': 3), e.g. row 0, 'a': "
                              "expected 1, got 3")


def test_dataframe_row_order_ignored_index_ignored():
    e = frame(a=[1, 2]).set_index(pd.Index([10, 20]))
    a = frame(a=[2, 1])
    assert accepted(dataframe.check(e, a, policy=DF))


def test_dataframe_column_order():
    e = frame(a=[1, 2], b=[3, 4])
    a = e[["b", "a"]]
    assert accepted(dataframe.check(e, a, policy=DF))
    message = rejected(dataframe.check(e, a, policy=spec(policy="dataframe",
                                                         column_order=True)))
    assert "wrong order" in message and "['a', 'b']" in message and "['b', 'a']" in message


def test_dataframe_missing_and_extra_columns_named():
    e = frame(a=[1], b=[2])
    a = frame(a=[1], c=[2])
    message = rejected(dataframe.check(e, a, policy=DF))
    assert "missing ['b']" in message and "unexpected ['c']" in message


def test_dataframe_column_names_ignored_when_policy_says():
    e = frame(a=[1], b=[2])
    a = frame(x=[1], y=[2])
    assert accepted(dataframe.check(e, a, policy=spec(policy="dataframe", column_names=False,
                                                      row_order=True)))
    message = rejected(dataframe.check(e, frame(x=[1]), policy=spec(policy="dataframe",
                                                                    column_names=False)))
    assert "expected 2 columns, got 1" in message


def test_dataframe_dtype_lenient_vs_strict():
    e = frame(n=[1, 2])
    a = frame(n=[1.0, 2.0])
    assert accepted(dataframe.check(e, a, policy=DF))  # lenient: int ~ float
    message = rejected(dataframe.check(e, a, policy=spec(policy="dataframe", dtype="strict")))
    assert "'n'" in message and "int64" in message and "float64" in message
    message = rejected(dataframe.check(e, frame(n=["1", "2"]), policy=DF))
    assert "'n'" in message and "number" in message


def test_dataframe_dtype_ignore():
    e = frame(flag=[True, False])
    a = frame(flag=pd.Series([True, False], dtype=object))
    assert rejected(dataframe.check(e, a, policy=DF))  # bool vs text family
    assert accepted(dataframe.check(e, a, policy=spec(policy="dataframe", dtype="ignore")))


def test_dataframe_float_tolerance():
    e = frame(k=["a", "b"], v=[0.5, 1.5])
    close = frame(k=["a", "b"], v=[0.5000001, 1.5])
    far = frame(k=["a", "b"], v=[0.5, 1.7])
    assert rejected(dataframe.check(e, close, policy=DF))  # exact by default
    assert accepted(dataframe.check(e, close, policy=spec(policy="dataframe", rtol=1e-5)))
    assert accepted(dataframe.check(e, close, policy=spec(policy="dataframe", atol=1e-5)))
    message = rejected(dataframe.check(e, far, policy=spec(policy="dataframe", rtol=1e-5)))
    assert message.startswith("1 expected row(s) missing, e.g. ('b', 1.5); "
                              "1 unexpected row(s), e.g. ('b', 1.7)")
    ordered = spec(policy="dataframe", rtol=1e-5, row_order=True)
    assert rejected(dataframe.check(e, far, policy=ordered)).startswith(
        "1 cell(s) differ ('v': 1), e.g. row 1, 'v': expected 1.5, got 1.7")


def test_dataframe_row_count_mismatch():
    e = frame(a=[1, 2, 3], b=[0.5, 1.5, 2.5])
    a = frame(a=[1, 3], b=[0.5, 2.5])
    message = rejected(dataframe.check(e, a, policy=DF))
    assert "expected 3 rows, got 2" in message
    assert "(2, 1.5)" in message
    message = rejected(dataframe.check(a, e, policy=DF))
    assert "expected 2 rows, got 3" in message and "unexpected" in message


def test_dataframe_not_a_frame():
    assert "DataFrame" in rejected(dataframe.check(frame(a=[1]), [1], policy=DF))


def test_dataframe_series_compared_as_frames():
    e = pd.Series([1, 2], name="a")
    assert accepted(dataframe.check(e, pd.Series([2, 1], name="a"), policy=DF))
    assert rejected(dataframe.check(e, pd.Series([1, 3], name="a"), policy=DF))


def test_dataframe_check_index():
    e = frame(a=[1, 2]).set_index(pd.Index(["x", "y"], name="k"))
    a = frame(a=[1, 2]).set_index(pd.Index(["x", "z"], name="k"))
    assert accepted(dataframe.check(e, a, policy=DF))
    assert rejected(dataframe.check(e, a, policy=spec(policy="dataframe", check_index=True)))


def test_dataframe_nan_cells_equal():
    e = frame(a=[1.0, np.nan], b=["x", None])
    assert accepted(dataframe.check(e, e.copy(), policy=DF))


# ---------------------------------------------------------------- sql
SQL = spec(policy="sql")
SQL_ORDERED = spec(policy="sql", row_order=True)


def result(columns, *rows) -> SqlResult:
    return SqlResult(tuple(columns), tuple(tuple(r) for r in rows))


def test_sql_equal_in_any_order():
    e = result(["id", "name"], (1, "a"), (2, "b"))
    a = result(["id", "name"], (2, "b"), (1, "a"))
    assert accepted(sqlresult.check(e, a, policy=SQL))
    message = rejected(sqlresult.check(e, a, policy=SQL_ORDERED))
    assert "row 1" in message and "'id'" in message and "order" in message
    assert accepted(sqlresult.check(e, e, policy=SQL_ORDERED))


def test_sql_null_is_not_empty_string():
    e = result(["name"], (None,))
    a = result(["name"], ("",))
    message = rejected(sqlresult.check(e, a, policy=SQL))
    assert "(None,)" in message and "('',)" in message
    message = rejected(sqlresult.check(e, a, policy=SQL_ORDERED))
    assert "column 'name'" in message and "None" in message and "''" in message


def test_sql_null_is_not_zero():
    assert rejected(sqlresult.check(result(["n"], (None,)), result(["n"], (0,)), policy=SQL))


def test_sql_column_count():
    e = result(["a", "b"], (1, 2))
    a = result(["a"], (1,))
    message = rejected(sqlresult.check(e, a, policy=SQL))
    assert "expected 2 columns" in message and "got 1" in message


def test_sql_column_names():
    e = result(["id", "total"], (1, 2))
    assert accepted(sqlresult.check(e, result(["ID", "Total"], (1, 2)), policy=SQL))
    message = rejected(sqlresult.check(e, result(["id", "sum"], (1, 2)), policy=SQL))
    assert "'total'" in message and "'sum'" in message
    assert accepted(sqlresult.check(e, result(["id", "sum"], (1, 2)),
                                    policy=spec(policy="sql", column_names=False)))


def test_sql_float_tolerance():
    e = result(["k", "avg"], ("a", 0.3), ("b", 2.5))
    a = result(["k", "avg"], ("b", 2.5000000001), ("a", 0.1 + 0.2))
    assert rejected(sqlresult.check(e, a, policy=SQL))  # exact by default
    assert accepted(sqlresult.check(e, a, policy=spec(policy="sql", rtol=1e-9)))
    far = result(["k", "avg"], ("a", 0.3), ("b", 2.6))
    message = rejected(sqlresult.check(e, far, policy=spec(policy="sql", rtol=1e-9)))
    assert "('b', 2.5)" in message and "('b', 2.6)" in message


def test_sql_missing_rows_described():
    e = result(["id"], (1,), (2,), (3,))
    a = result(["id"], (1,), (3,))
    message = rejected(sqlresult.check(e, a, policy=SQL))
    assert "1 expected row(s) missing" in message and "(2,)" in message
    assert "unexpected" not in message
    message = rejected(sqlresult.check(e, result(["id"], (1,), (2,)), policy=SQL))
    assert "expected 3 rows, got 2" in message and "(3,)" in message


def test_sql_extra_rows_described():
    e = result(["id"], (1,))
    a = result(["id"], (1,), (1,), (7,))
    message = rejected(sqlresult.check(e, a, policy=SQL))
    assert "expected 1 rows, got 3" in message
    assert "2 unexpected row(s)" in message and "(7,)" in message


def test_sql_duplicates_matter():
    e = result(["id"], (1,), (2,))
    assert rejected(sqlresult.check(e, result(["id"], (1,), (1,)), policy=SQL))


def test_sql_not_a_result():
    assert "result set" in rejected(sqlresult.check(result(["a"]), [(1,)], policy=SQL))


# ---------------------------------------------------------------- registry
def test_builtin_registry_and_run_checker():
    assert set(BUILTIN) == {"exact", "float", "unordered", "dataframe", "sql"}
    assert run_checker(BUILTIN["exact"], [1], (1,), EXACT).ok
    with pytest.raises(TypeError):
        run_checker(lambda e, a, *, policy: True, 1, 1, EXACT)


# ---------------------------------------------------------------- row order, a column at a time
_CELLS = {
    "int64": st.integers(-(2**62), 2**62),
    "small ints": st.integers(-20, 20),
    "float64": st.floats(allow_nan=True, allow_infinity=True),
    "near floats": st.sampled_from([0.1, 0.1 + 1e-12, 0.30000000000000004, 0.3, -0.0, 0.0,
                                    1e300, float("nan"), float("inf")]),
    "bool": st.booleans(),
    "object": st.one_of(st.none(), st.text(max_size=3), st.sampled_from(["a", "b", ""])),
    "mixed objects": st.one_of(st.none(), st.integers(-3, 3), st.floats(allow_nan=True),
                               st.booleans(), st.text(max_size=2)),
    "Int64": st.one_of(st.none(), st.integers(-15, 15)),
    "datetime64[ns]": st.one_of(st.none(), st.datetimes(min_value=datetime(1990, 1, 1),
                                                        max_value=datetime(2030, 1, 1))),
}


@st.composite
def _frames(draw):
    rows = draw(st.integers(0, 12))
    data = {}
    for index, kind in enumerate(draw(st.lists(st.sampled_from(sorted(_CELLS)), min_size=1,
                                               max_size=4))):
        cells = draw(st.lists(_CELLS[kind], min_size=rows, max_size=rows))
        dtype = {"small ints": "int64", "near floats": "float64",
                 "mixed objects": "object"}.get(kind, kind)
        data[f"c{index}"] = pd.Series(cells, dtype=dtype)
    return pd.DataFrame(data)


@settings(max_examples=300, deadline=None)
@given(_frames())
def test_sort_order_is_row_key_order(frame):
    """The column-at-a-time sort gives exactly the order a row-by-row sort on row_key gives,
    ties (equal keys) included."""
    keys = [row_key(tuple(row)) for row in frame.itertuples(index=False, name=None)]
    assert sort_order(frame) == sorted(range(len(keys)), key=keys.__getitem__)
