"""The input language of "Run with my input": values of every kind read as such, and text that
is not plain data is refused with a reason. (Every problem's samples written and read back give
the same arguments: tests/test_problems.py, where the problems are loaded once.)"""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from judge.grading.custom_input import MAX_INPUT_BYTES, InputError, parse_input
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
