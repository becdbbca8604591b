"""Mutation analysis for real: every mutant graded in the docker sandbox like a submission,
and the score kept in a problem's folder is what grading its mutants again gives."""

import json
from pathlib import Path

import pytest

from judge.grading.problems import load_problem
from judge.grading.run.suite import SuiteCache
from judge.grading.tools.mutation.analysis import SCORE_FILE, analyse, mutation_key

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


def test_a_differential_search_turns_a_survivor_into_a_case(docker_backend,
                                                            tmp_path: Path) -> None:
    """With one trivial sample for tests, insert-positions lets mutants through; the search finds
    inputs that tell them from the reference, writes them as hidden cases, and the same
    mutants are rejected when measured again."""
    import shutil

    from judge.grading.tools.mutation.analysis import mutants_of
    from judge.grading.tools.mutation.cases_file import add_hidden_cases
    from judge.grading.tools.mutation.search import drawn_inputs, reference_values, search

    folder = tmp_path / "insert-positions"
    shutil.copytree(PROBLEMS / "insert-positions", folder,
                    ignore=shutil.ignore_patterns("wrong", "accepted", "*.json"))
    cases = (folder / "cases.py").read_text()
    start, end = cases.index("SAMPLES = ["), cases.index("def generate")
    (folder / "cases.py").write_text(cases[:start] + "SAMPLES = [Case(([1], [0]), expected=[0])]"
                                     "\nHIDDEN = []\n\n\n" + cases[end:])
    toml = (folder / "problem.toml").read_text()
    (folder / "problem.toml").write_text(toml.replace("generated = 4", "generated = 0")
                                         .replace("property_examples = 150",
                                                  "property_examples = 0"))
    problem = load_problem(folder)
    before = analyse(problem, docker_backend, SuiteCache(tmp_path / "a").get(problem),
                     lambda line: None, jobs=2)
    assert before.survivors, "one trivial sample should let some mutant through"

    inputs, expected = reference_values(problem, list(drawn_inputs(problem, 200)))
    assert len(inputs) == 200 and len({repr(args) for args in inputs}) > 150  # fresh, varied
    surviving = {survivor.id for survivor in before.survivors}
    found = {mutant.id: search(problem, docker_backend, mutant, inputs, expected)
             for mutant in mutants_of(problem)[1] if mutant.id in surviving}
    caught = {mutant_id: counter for mutant_id, counter in found.items() if counter}
    assert caught, f"no counterexample for any of {sorted(surviving)}"
    for counter in caught.values():
        assert counter.verdict != "Accepted" and counter.args in inputs

    add_hidden_cases(folder, [counter.case() for counter in caught.values()])
    problem = load_problem(folder)
    assert len(problem.hidden) == len(caught)
    after = analyse(problem, docker_backend, SuiteCache(tmp_path / "b").get(problem),
                    lambda line: None, jobs=2)
    assert after.killed >= before.killed + len(caught)
    assert not set(caught) & {survivor.id for survivor in after.survivors}
