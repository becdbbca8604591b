"""Mutation analysis for real: every mutant graded in the docker sandbox like a submission,
and the score kept in a problem's folder is what grading its mutants again gives."""

import json
from pathlib import Path

import pytest

from judge.grading.mutation.analysis import SCORE_FILE, analyse, mutation_key
from judge.grading.problems import load_problem
from judge.grading.suite import SuiteCache

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"

pytestmark = [pytest.mark.docker, pytest.mark.timeout(300)]


@pytest.mark.parametrize("slug", ["bst-meeting-point", "users-without-live-orders"])
def test_the_kept_score_is_what_grading_the_mutants_gives(slug: str, docker_backend,
                                                          tmp_path: Path) -> None:
    problem = load_problem(PROBLEMS / slug)
    kept = json.loads((problem.path / SCORE_FILE).read_text())
    lines: list[str] = []
    score = analyse(problem, docker_backend, SuiteCache(tmp_path).get(problem), lines.append,
                    jobs=2)
    assert score.errors == []
    assert score.key == kept["key"] == mutation_key(problem.path)
    assert (score.mutants, score.equivalent, score.killed) == (
        kept["mutants"], kept["equivalent"], kept["killed"])
    assert sorted(s.id for s in score.survivors) == sorted(s["id"] for s in kept["survivors"])
    assert len(lines) == score.mutants  # one line per mutant graded
    assert sum(line.startswith("  killed:") for line in lines) == score.killed
