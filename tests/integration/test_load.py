"""A verdict does not depend on what else runs: the insert-positions reference graded 14 times
at once in Docker, beside two CPU hogs, on a machine of two cores, is Accepted every time
(without the extension for calls starved of CPU, about half timed out at the wall cap)."""

import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from judge.grading.run.suite import SuiteCache

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"

pytestmark = [pytest.mark.docker, pytest.mark.timeout(600)]


def _spin() -> None:
    while True:
        pass


def test_fourteen_grades_at_once_beside_cpu_hogs_are_all_accepted(docker_backend,
                                                                  tmp_path: Path) -> None:
    problem = load_problem(PROBLEMS / "insert-positions")
    suite = SuiteCache(tmp_path).get(problem)
    hogs = [multiprocessing.Process(target=_spin, daemon=True) for _ in range(os.cpu_count() or 2)]
    for hog in hogs:
        hog.start()
    try:
        with ThreadPoolExecutor(14) as pool:
            results = list(pool.map(
                lambda _: Grader(problem, docker_backend, suite=suite).grade(
                    problem.reference, growth="never"), range(14)))
    finally:
        for hog in hogs:
            hog.kill()
    assert [r.verdict for r in results] == [Verdict.accepted] * 14, [
        r.message for r in results if r.verdict != Verdict.accepted]
