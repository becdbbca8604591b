"""The input language of "Run with my input": values of every kind read as such, and text that
is not plain data is refused with a reason. (Every problem's samples written and read back give
the same arguments: tests/test_problems.py, where the problems are loaded once.)"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from judge.grading.present.input_text import (
    MAX_INPUT_BYTES,
    MAX_INT_DIGITS,
    InputError,
    parse_input,
)
from judge.grading.problems.loader import ProblemRepository

ROOT = Path(__file__).resolve().parents[2]
REPOSITORY = ProblemRepository(ROOT / "problems")


def test_the_kinds_read_as_their_values() -> None:
    frame = parse_input(REPOSITORY.get("customer-order-summary"),
                        "customers = DataFrame({'customer_id': [1], 'name': ['Ana']})\n"
                        "orders = DataFrame({'order_id': [7], 'customer_id': [1], "
                        "'amount': [nan], 'order_date': ['2024-03-01']}, "
                        "dtypes={'order_date': 'datetime64[ns]'})\n")
    assert isinstance(frame[0], pd.DataFrame) and frame[1]["order_date"].dtype.kind == "M"
    assert np.isnan(frame[1]["amount"][0])
    (tables,) = parse_input(REPOSITORY.get("category-revenue-leaders"),
                            "products = table([('product_id', 'INTEGER'), ('category', 'TEXT'), "
                            "('name', 'TEXT')], [(1, 'books', None)])\n"
                            "order_items = table([('order_id', 'INTEGER')], [])\n")
    assert tables["products"].rows == ((1, "books", None),)
    (operations,) = parse_input(REPOSITORY.get("bst-inorder-cursor"),
                                "operations = [['BSTCursor', [tree([2, 1, None])]], "
                                "['next', []]]")
    assert operations[0][1][0].val == 2 and operations[0][1][0].left.val == 1


@pytest.mark.parametrize("text, reason", [
    ("nums = [1, 2\nqueries = []", "line 1"),
    ("nums = [1]", "missing: queries"),
    ("nums = [1]\nqueries = [2]\nextra = 3", "'extra' is not an argument here"),
    ("nums = [1]\nnums = [2]\nqueries = []", "given twice"),
    ("nums = __import__('os').system('id')\nqueries = []", "a call is not allowed"),
    ("nums = [1].__class__\nqueries = []", "an attribute (.name) is not allowed"),
    ("nums = [x for x in (1,)]\nqueries = []", "a comprehension is not allowed"),
    ("nums = 10 ** 10 ** 10\nqueries = []", "arithmetic is not allowed"),
    ("nums = open\nqueries = []", "unknown name 'open'"),
    ("nums = [1]\nqueries = [2]\nimport os", "one `name = value` per line"),
    ("nums = -'a'\nqueries = []", "a sign goes before a number"),
    ("nums = {[1]: 2}\nqueries = []", "cannot be a set item or a dict key"),
    ("nums = array([[1, 2], [3]])\nqueries = []", "array(...)"),
    ("nums = array([1], dtype='object')\nqueries = []", "dtype 'object' is not one of"),
    ("nums = [" * 300 + "]" * 300 + "\nqueries = []", "too many nested parentheses"),
    ("nums = [0]\nqueries = [" + "1, " * (MAX_INPUT_BYTES // 3) + "]", "over 64 KiB"),
])
def test_text_that_is_not_plain_data_is_refused_with_a_reason(text: str, reason: str) -> None:
    with pytest.raises(InputError, match=None) as refused:
        parse_input(REPOSITORY.get("insert-positions"), text)
    assert reason in str(refused.value)


def test_the_number_of_values_is_capped() -> None:
    text = "nums = [" + "0," * 210_000 + "]\nqueries = []"
    with pytest.raises(InputError, match="more than 200000 values|over 64 KiB"):
        parse_input(REPOSITORY.get("insert-positions"), text)


def test_class_operations_must_start_with_the_class() -> None:
    with pytest.raises(InputError, match="the first operation must make the object"):
        parse_input(REPOSITORY.get("bst-inorder-cursor"), "operations = [['next', []]]")


LARGEST = 10 ** MAX_INT_DIGITS - 1  # the largest integer Python writes as text by default


def _decimal(n: int) -> str:
    """±LARGEST or one past it, in decimal (which str() itself refuses past LARGEST)."""
    digits = "9" * MAX_INT_DIGITS if abs(n) <= LARGEST else "1" + "0" * MAX_INT_DIGITS
    return "-" + digits if n < 0 else digits


WRITTEN = {"decimal": _decimal, "hexadecimal": hex, "octal": oct, "binary": bin}


@pytest.mark.parametrize("base", sorted(WRITTEN))
def test_integers_read_up_to_the_digits_python_writes_in_every_base(base: str) -> None:
    write = WRITTEN[base]
    problem = REPOSITORY.get("insert-positions")
    nums, _ = parse_input(problem, f"nums = [{write(LARGEST)}, -{write(LARGEST)}]\n"
                                   "queries = []")
    assert nums == [LARGEST, -LARGEST]
    for too_long in (LARGEST + 1, -(LARGEST + 1)):
        with pytest.raises(InputError) as refused:
            parse_input(problem, f"nums = [{write(too_long)}]\nqueries = []")
        reason = str(refused.value)
        assert reason.startswith("line 1: ") and (
            f"integers are limited to {MAX_INT_DIGITS} decimal digits, whatever base they "
            "are written in") in reason
        assert "hexadecimal" not in reason and "sys." not in reason  # nothing to try instead


@pytest.mark.parametrize("text, reason", [
    ("nums = ['\\ud800']", "a string holds a lone surrogate ('\\ud800')"),
    ("nums = ['\\ud83d\\ude00']", "write the character itself, or a \\U0001F600-style escape"),
    ("nums = ['\ud800']", "the input holds a lone surrogate"),
    ("nums = ['\x00']", "the input holds a NUL character (inside a string, write \\x00)"),
    ("nums = [table([('a', 'INTEGER')], [(1,)])]", "table(...) is for a SQL problem's tables"),
    ("nums = Series([1], name=1e400)", "a Series's name is text"),
    ("nums = set([1])", "write set() for an empty set ({1, 2} for others)"),
    ("nums = linked()", "write linked([values])"),
    ("nums = DataFrame({'d': ['9999-01-01']}, dtypes={'d': 'datetime64[ns]'})",
     "dates are read between 1677-09-22 and 2262-04-11"),
])
def test_values_that_cannot_cross_the_channel_or_be_shown_are_refused(text: str,
                                                                      reason: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_input(REPOSITORY.get("insert-positions"), text + "\nqueries = []")
    assert reason in str(refused.value) and "\n" not in str(refused.value)


def test_the_strings_and_floats_that_can_are_read() -> None:
    problem = REPOSITORY.get("insert-positions")
    text = "x" * (MAX_INPUT_BYTES - 100)
    strings, floats = parse_input(problem, f"nums = ['\\x00', '\\U0001F600', '{text}']\n"
                                           "queries = [1e400, -1e400, 1e-400]")
    assert strings == ["\x00", "\U0001F600", text]
    assert floats == [float("inf"), float("-inf"), 0.0]


def test_sql_cells_are_sqlite_integers() -> None:
    problem = REPOSITORY.get("category-revenue-leaders")
    columns = "[('product_id', 'INTEGER'), ('category', 'TEXT'), ('name', 'TEXT')]"
    empty = "order_items = table([('order_id', 'INTEGER')], [])\n"
    (tables,) = parse_input(problem, f"products = table({columns}, [({2**63 - 1}, 'a', None)])"
                                     f"\n{empty}")
    assert tables["products"].rows == ((2**63 - 1, "a", None),)
    with pytest.raises(InputError, match="row 0: an integer outside SQLite's"):
        parse_input(problem, f"products = table({columns}, [({2**63}, 'a', None)])\n{empty}")
