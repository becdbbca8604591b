"""Values shown as tables: the capped views a failure keeps for the web, the Markdown tables
and aligned arrays of a statement's examples, and how the web renders both."""

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from api.web.markdown import markdown_renderer
from judge.grading.present.display import failure_input, input_views
from judge.grading.present.statement import render_statement
from judge.grading.present.statement_cache import RENDERING, cached_statement
from judge.grading.problems import load_problem
from judge.grading.render.answers import answer_views
from judge.grading.render.markdown import markdown_table
from judge.grading.render.text import laid_out
from judge.grading.render.views import MAX_CELL, MAX_COLUMNS, MAX_ROWS, parts, table_view
from judge.grading.results.contract import result_from_json, result_json
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from judge.grading.run.suite import Suite, make_test
from judge.grading.wire.codec import encode_args, normalize
from judge.grading.wire.structures import SqlResult, Table
from sandbox.fake import FakeBackend, harness_handler

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


def cells(view: dict) -> list[list[str]]:
    return [[text for text, _ in row] for row in view["rows"]]


# ---------------------------------------------------------------- views
def test_a_frame_keeps_its_columns_types_and_missing_values_apart() -> None:
    frame = pd.DataFrame({"id": [1, 2, 3], "name": ["Ana", None, ""],
                          "amount": [1.5, np.nan, 2.0],
                          "day": pd.to_datetime(["2024-03-01", None, "2024-03-02"])})
    view = table_view(frame)
    assert view["columns"] == ["id", "name", "amount", "day"]
    assert view["types"] == ["int64", "object", "float64", "datetime64[ns]"]
    assert view["numeric"] == [True, False, True, False]
    assert view["index"] is None  # 0..n-1 says nothing
    assert view["rows"][1] == [["2", "num"], ["None", "null"], ["NaN", "null"], ["NaT", "null"]]
    assert view["rows"][2][1] == ["''", "text"]  # an empty string is not a missing value
    assert view["rows"][0][3] == ["2024-03-01", "text"]
    assert view["caption"] == "3 rows × 4 columns" and view["notes"] == []
    labelled = table_view(frame.set_index("name"))
    assert labelled["index"] == ["Ana", "None", "''"] and labelled["index_name"] == "name"


def test_views_are_capped_and_say_what_they_leave_out() -> None:
    frame = pd.DataFrame(np.arange(120 * 30).reshape(120, 30))
    frame[0] = frame[0].astype(object)
    frame.iat[0, 0] = "x" * 500 + "\n|"
    view = table_view(frame)
    assert len(view["rows"]) == MAX_ROWS and len(view["columns"]) == MAX_COLUMNS
    assert all(len(row) == MAX_COLUMNS for row in view["rows"])
    assert view["notes"] == [f"... {120 - MAX_ROWS} more rows",
                             f"... {30 - MAX_COLUMNS} more columns"]
    assert len(view["rows"][0][0][0]) == MAX_CELL and "\n" not in view["rows"][0][0][0]
    assert len(json.dumps(view)) < 30_000
    huge = table_view(np.zeros((10**6, 3)))
    assert len(huge["rows"]) == MAX_ROWS and huge["caption"] == "1000000 × 3, float64"


def test_sql_tables_and_results_show_null_apart_from_text() -> None:
    table = Table((("id", "INTEGER"), ("note", "TEXT")), ((1, None), (2, "NULL"), (3, "")))
    view = table_view(table)
    assert view["types"] == ["INTEGER", "TEXT"] and view["numeric"] == [True, False]
    assert [row[1] for row in view["rows"]] == [["NULL", "null"], ["NULL", "text"],
                                                ["''", "text"]]
    result = table_view(SqlResult(("a", "b"), ((1, 2.5), (None, 3))))
    assert result["types"] is None and result["numeric"] == [True, True]
    assert result["caption"] == "2 rows"


def test_arrays_are_rows_of_numbers_and_a_long_pair_is_shown_where_it_differs() -> None:
    matrix = table_view(np.array([[1.5, 2.0], [3.0, np.nan]], dtype=np.float32))
    assert cells(matrix) == [["1.5", "2.0"], ["3.0", "nan"]]  # float32 prints as float32
    assert matrix["index"] == ["0", "1"] and matrix["caption"] == "2 × 2, float32"
    assert table_view(np.array([True, False]))["numeric"] == [False, False]
    assert table_view(np.zeros((2, 2, 2))) is None and table_view([1, 2]) is None

    expected = np.arange(1000)
    got = expected.copy()
    got[700] = -1
    views = answer_views(expected, got)
    shown = views["got"][0]["table"]
    assert shown["columns"][0] == "697" and "-1" in cells(shown)[0]
    assert views["expected"][0]["table"]["columns"][0] == "697"
    assert shown["notes"] == ["items 697-746 of 1000 shown, around the first difference"]
    # within the tolerance, no difference: shown from the start
    close = answer_views(expected * 1.0, expected + 1e-12,
                         type("Policy", (), {"rtol": 1e-9, "atol": 0.0})())
    assert close["got"][0]["table"]["columns"][0] == "0"


def test_containers_of_arrays_are_one_table_per_item() -> None:
    shown = parts((np.array([1, 2]), 0.5, "label"))
    assert [p["label"] for p in shown] == ["[0]", "[1]", "[2]"]
    assert "table" in shown[0] and shown[1]["text"] == "0.5" and shown[2]["text"] == "'label'"
    assert [p["label"] for p in parts({"w": np.zeros(2), "loss": 1.0})] == ["'w'", "'loss'"]
    assert parts([1, 2, 3]) is None and parts({"a": 1}) is None and parts("text") is None


def test_inputs_are_tables_only_where_they_hold_any() -> None:
    pandas = load_problem(PROBLEMS / "top-products-per-category")
    text, views = failure_input(pandas, pandas.samples[0].args)
    assert text.startswith("top_products(...) with\nsales =\n")  # the CLI's text as it was
    assert views[0]["label"] == "sales" and views[0]["table"]["caption"] == "6 rows × 5 columns"
    assert views[1] == {"label": "k", "text": "1"}
    sql = load_problem(PROBLEMS / "category-revenue-leaders")
    assert [v["label"] for v in input_views(sql, sql.samples[0].args)] == [
        "products", "order_items"]
    knn = load_problem(PROBLEMS / "knn-classify")
    by_name = {v["label"]: v for v in input_views(knn, knn.samples[0].args)}
    assert "table" in by_name["X_train"] and by_name["k"] == {"label": "k", "text": "3"}
    plain = load_problem(PROBLEMS / "insert-positions")
    assert input_views(plain, plain.samples[0].args) is None


# ---------------------------------------------------------------- grading keeps them
def grade_samples(slug: str, wrong: str):
    """`wrong` graded on the problem's samples alone (no hidden tests to compute first)."""
    problem = load_problem(PROBLEMS / slug)
    suite = Suite("", tuple(make_test(f"sample {i + 1}", "sample", i, encode_args(case.args),
                                      normalize(case.expected))
                            for i, case in enumerate(problem.samples)))
    code = (PROBLEMS / slug / "wrong" / wrong).read_text()
    return Grader(problem, FakeBackend(harness_handler()), suite=suite).grade(
        code, samples_only=True)


def test_a_failure_keeps_its_tables_and_a_pass_none() -> None:
    result = grade_samples("top-products-per-category", "dense_rank.py")
    failure = result.first_failure
    assert result.verdict == Verdict.wrong_answer and failure.name == "sample 2"
    assert failure.message.startswith("expected 2 rows, got 3")  # the checker's, unchanged
    assert failure.input.startswith("top_products(...) with")
    assert set(failure.views) == {"input", "expected", "got"}
    assert failure.views["got"][0]["table"]["caption"] == "3 rows × 4 columns"
    assert failure.views["got"][0]["table"]["rows"][2] == [
        ["toys", "text"], ["ball", "text"], ["12.0", "num"], ["2.0", "num"]]
    assert all(t.views is None for t in result.tests if t.verdict == Verdict.accepted)

    data = json.loads(json.dumps(result_json(result)))
    assert all("views" not in t for t in data["tests"] if t["verdict"] == "Accepted")
    assert result_from_json(data).first_failure.views == failure.views
    for test in data["tests"]:  # a result stored before views existed
        test.pop("views", None)
    assert result_from_json(data).first_failure.views is None


def test_a_wrong_sql_answer_keeps_the_rows_message_beside_its_tables() -> None:
    failure = grade_samples("category-revenue-leaders", "dense_rank.sql").first_failure
    assert "unexpected row(s)" in failure.message
    assert failure.views["got"][0]["table"]["columns"] == [
        "category", "product_id", "revenue", "revenue_rank"]
    assert failure.views["input"][1]["table"]["types"] == [
        "INTEGER", "INTEGER", "INTEGER", "REAL"]


# ---------------------------------------------------------------- statements
def test_array_and_grid_examples_are_aligned() -> None:
    assert laid_out(np.array([[1.0, -2.0], [30.0, 4.0]]), 4) == (
        "array([[ 1., -2.],\n"
        "           [30.,  4.]])")
    assert laid_out([[1, 10, 100], [1000, 1, 1]]) == "[[   1, 10, 100],\n [1000,  1,   1]]"
    assert laid_out([[1, 2], [3, 4]]) == "[[1, 2], [3, 4]]"  # pairs that fit stay on a line
    assert laid_out({"t": 1.5, "w": np.eye(2)}, 2) == (
        "{'t': 1.5,\n"
        "   'w': array([[1., 0.],\n"
        "               [0., 1.]])}")
    knn = render_statement(load_problem(PROBLEMS / "knn-classify"))
    assert ("knn_predict(X_train, y_train, X_test, k=3) with\n"
            "X_train = array([[0., 0.],\n"
            "                 [1., 0.],") in knn
    assert "insert_positions(nums=[1, 3, 5, 6], queries=[5, 2, 7, 0])\n→ [2, 1, 4, 0]" in (
        render_statement(load_problem(PROBLEMS / "insert-positions")))


def test_frames_and_sql_tables_in_examples_are_pipe_tables() -> None:
    text = render_statement(load_problem(PROBLEMS / "top-products-per-category"))
    assert "```text\ntop_products(sales, k=1)\n```\n\n`sales` · 6 rows × 5 columns" in text
    assert ("| `order_id` *int64* | `category` *object* | `product` *object* | `quantity` *int64* "
            "| `unit_price` *float64* |\n| ---: | --- | --- | ---: | ---: |\n"
            "| `1` | `books` | `atlas` | `2` | `10.0` |") in text
    assert "| `4` | *None* | `mystery` |" in text  # a missing category, not the text "None"
    assert "Returns · 2 rows × 4 columns" in text
    sql = render_statement(load_problem(PROBLEMS / "category-revenue-leaders"))
    assert "| `product_id` *INTEGER* | `category` *TEXT* | `name` *TEXT* |" in sql
    assert "Result · 5 rows" in sql and "| *NULL* |" in sql


@pytest.mark.parametrize("cell", ["a|b", "a\\|b", "`x`", " padded ", "<script>alert(1)</script>",
                                  "*not em*", "[link](javascript:x)"])
def test_any_cell_text_stays_one_escaped_cell(cell: str) -> None:
    view = table_view(Table((("v", "TEXT"), ("n", "INTEGER")), ((cell, 1),)))
    html = markdown_renderer().render("\n".join(markdown_table(view)))
    assert html.count("<td") == 2 and "<script>" not in html and "<a " not in html
    shown = re.search(r"<td><code>(.*?)</code></td>", html).group(1)
    assert shown == cell.replace("&", "&amp;").replace("<", "&lt;").replace(
        ">", "&gt;").replace('"', "&quot;")


def test_the_web_renders_tables_in_named_scrolling_boxes_without_inline_styles() -> None:
    html = markdown_renderer().render(
        "`orders` has one row per order:\n\n| a | b |\n|---:|:-:|\n| 1 | x |\n\n"
        "| a |\n|---|\n| 2 |\n\n<b>raw</b>\n")
    assert '<div class="scroll" role="region" aria-label="orders has one row per order">' in html
    assert 'aria-label="Table: a"' in html and html.count("</table>\n</div>") == 2
    assert 'class="align-right"' in html and 'class="align-center"' in html
    assert "style=" not in html  # the page's policy allows no inline style
    assert "&lt;b&gt;raw&lt;/b&gt;" in html


def test_a_new_rendering_is_cached_under_a_new_name(tmp_path: Path) -> None:
    calls = []

    def load(slug):
        calls.append(slug)
        return load_problem(PROBLEMS / slug)

    text = cached_statement(PROBLEMS, "insert-positions", tmp_path, load)
    assert [p.name.endswith(f"-r{RENDERING}.md") for p in tmp_path.iterdir()] == [True]
    assert cached_statement(PROBLEMS, "insert-positions", tmp_path, load) == text
    assert calls == ["insert-positions"]
