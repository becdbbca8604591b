"""A run on the user's own input in real Docker sandboxes: a pandas problem's DataFrames read
from the input language, both answers compared, the submission's output kept."""

from pathlib import Path

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import Verdict
from judge.grading.run.custom import run_custom

pytestmark = pytest.mark.docker
PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


def test_a_pandas_run_in_docker(docker_backend) -> None:
    problem = load_problem(PROBLEMS / "customer-order-summary")
    text = ("customers = DataFrame({'customer_id': [1, 2], 'name': ['Ana', 'Ben']})\n"
            "orders = DataFrame({'order_id': [7, 8], 'customer_id': [2, 2], "
            "'amount': [5.0, nan], 'order_date': ['2024-03-01', '2024-03-02']}, "
            "dtypes={'order_date': 'datetime64[ns]'})\n")
    result = run_custom(problem, docker_backend, problem.reference, text)
    assert result.verdict == Verdict.accepted, result.message
    (run,) = result.tests
    assert "Ben" in run.got and run.got == run.expected
    assert set(run.views) == {"input", "expected", "got"}  # tables for the web page

    noisy = problem.reference.replace("import pandas as pd",
                                      "import pandas as pd\nprint('loaded')", 1)
    assert noisy != problem.reference
    dropped = noisy.replace("return ", "return None if True else ", 1)
    result = run_custom(problem, docker_backend, dropped, text)
    assert result.verdict == Verdict.wrong_answer
    assert result.stdout == "loaded\n" and result.backend == "docker"
    assert "Ben" in result.tests[0].expected


def test_values_at_the_limits_cross_a_real_sandbox(docker_backend) -> None:
    """The largest integers the reader takes (4300 digits, here in hexadecimal too) go to the
    sandbox's own Python and back, as the reader's limit promises."""
    problem = load_problem(PROBLEMS / "insert-positions")
    largest = 10 ** 4300 - 1
    text = f"nums = [-{hex(largest)}, {largest}]\nqueries = [{largest}, {hex(largest)}, 0]\n"
    result = run_custom(problem, docker_backend, problem.reference, text)
    assert result.verdict == Verdict.accepted, result.message
    assert result.tests[0].got == "[1, 1, 1]"
