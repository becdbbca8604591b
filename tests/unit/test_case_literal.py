"""Counterexamples written back as `cases.py` source read back as the same input, and are
added below a problem's hidden cases with the imports they need."""

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from judge.grading.authoring import Case, Table, linked, tree
from judge.grading.run.suite import to_json
from judge.grading.tools.mutation.cases_file import add_hidden_cases
from judge.grading.tools.mutation.literal import Unwritable, case_source, source
from judge.grading.wire.codec import encode_args

INPUTS = [
    (np.array([0.1, float("nan"), -0.0], dtype=np.float32), 3, "x", None, True),
    (pd.DataFrame({"a": [1, 2], "t": pd.to_datetime(["2024-12-31 23:59:30.5", None]),
                   "s": ["x", None], "f": [0.1, np.nan]}),),
    ({"orders": Table(columns=(("id", "INTEGER"), ("at", "TEXT")),
                      rows=((1, "2024-02-29"), (None, None)))},),
    (tree([1, None, 2, 3]), linked([1, 2, 3]), pd.Series([1.5, float("inf")])),
    ({1: [1.5, (2,)], "k": frozenset({3})}, np.int64(4), [[np.float64(0.1)]]),
]


@pytest.mark.parametrize("args", INPUTS)
def test_an_input_reads_back_as_itself(args: tuple) -> None:
    back = eval(source(args), {"np": np, "pd": pd, "Table": Table, "tree": tree,
                               "linked": linked})
    assert to_json(encode_args(back)) == to_json(encode_args(args))


def test_what_cannot_be_written_says_so() -> None:
    with pytest.raises(Unwritable, match="own index"):
        source(pd.DataFrame({"a": [1]}, index=[7]))
    with pytest.raises(Unwritable, match="object"):
        source(object())


def test_cases_are_added_below_hidden_with_their_imports(tmp_path: Path) -> None:
    (tmp_path / "cases.py").write_text("from judge.grading.authoring import Case\n\n"
                                       "HIDDEN = [Case(([1],))]\n")
    add_hidden_cases(tmp_path, [case_source((np.array([2.5]),), "found")])
    namespace: dict = {}
    exec((tmp_path / "cases.py").read_text(), namespace)
    assert [case.note for case in namespace["HIDDEN"]] == ["", "found"]
    assert isinstance(namespace["HIDDEN"][1], Case)
    assert namespace["HIDDEN"][1].args[0].tolist() == [2.5]
    (tmp_path / "other.py").write_text("SAMPLES = []\n")
    (tmp_path / "other.py").rename(tmp_path / "cases.py")
    with pytest.raises(ValueError, match="no module-level HIDDEN"):
        add_hidden_cases(tmp_path, ["Case(((),))"])
