"""Golden growth estimates: submissions of known growth land in the right class.

Timed for real in the docker sandbox on the fixture problem tests/fixtures/problems/growth-demo,
whose inputs scale from n=1000 to n=7000.
"""

from pathlib import Path

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from judge.grading.run.growth import measure

FIXTURE = load_problem(Path(__file__).resolve().parents[1] / "fixtures" / "problems"
                       / "growth-demo")

QUADRATIC = """
def triangle(n):
    total = 0
    for i in range(n):
        for _ in range(n // 10):
            pass
        total += i
    return total
"""

EXPONENTIAL = """
def triangle(n):
    for _ in range(int(2 ** (n / 1000) * 200000)):
        pass
    return n * (n - 1) // 2
"""

pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]


def test_linear_submission_is_about_n_to_the_1(docker_backend) -> None:
    curve = measure(FIXTURE, docker_backend, FIXTURE.reference)
    assert curve.shape == "polynomial", curve
    assert abs(curve.exponent - 1.0) <= 0.4 + curve.noise, curve


def test_quadratic_submission_is_about_n_to_the_2(docker_backend) -> None:
    curve = measure(FIXTURE, docker_backend, QUADRATIC)
    assert curve.shape == "polynomial", curve
    assert abs(curve.exponent - 2.0) <= 0.5 + curve.noise, curve


def test_exponential_submission_is_super_polynomial(docker_backend) -> None:
    curve = measure(FIXTURE, docker_backend, EXPONENTIAL)
    assert curve.shape == "super-polynomial", curve


def test_a_rerun_agrees_within_the_stated_noise(docker_backend) -> None:
    first = measure(FIXTURE, docker_backend, QUADRATIC)
    second = measure(FIXTURE, docker_backend, QUADRATIC)
    assert abs(first.exponent - second.exponent) <= first.noise + second.noise + 0.2


def test_tle_verdict_reports_how_far_the_submission_got(docker_backend) -> None:
    problem = load_problem(Path(__file__).resolve().parents[2] / "problems"
                           / "insert-positions")
    code = (Path(problem.path) / "wrong" / "linear_scan.py").read_text()
    result = Grader(problem, docker_backend).grade(code)
    assert result.verdict == Verdict.time_limit
    assert result.growth is not None
    summary = result.growth.summary()
    assert "Yours reached n=" in summary and "the reference reached n=" in summary
    mine, theirs = result.growth.submission, result.growth.reference
    assert mine.stopped_at is not None
    assert theirs.reached > mine.reached
    assert mine.exponent > theirs.exponent
