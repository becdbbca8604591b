"""What a statement states, the grader checks: an input that must not change is compared after
each call, and a class problem's first wrong value is reported even when a later call crashes.
The in-process harness answers each problem's samples only, so these run without a sandbox or
the large cases (that whole suites pass is what each problem's verification record proves, in
Docker)."""

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from sandbox.fake import FakeBackend, harness_handler

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


def samples_of(slug: str):
    """The problem with its samples for all its tests: no large case is computed or run."""
    problem = load_problem(PROBLEMS / slug)
    tests = problem.meta.tests.model_copy(update={"generated": 0, "property_examples": 0})
    kept = {name: getattr(problem.cases_module, name) for name in ("SAMPLES", "invariant")
            if hasattr(problem.cases_module, name)}
    return replace(problem, meta=problem.meta.model_copy(update={"tests": tests}),
                   cases_module=SimpleNamespace(**kept))


def grade(slug: str, code: str):
    problem = samples_of(slug)
    backend = FakeBackend(harness_handler())
    return Grader(problem, backend).grade(code, samples_only=True, growth="never"), backend


@pytest.mark.parametrize(("slug", "wrong", "name"), [
    ("nested-list-flattener", "pops_the_input.py", "nested"),
    ("bst-inorder-cursor", "unlinks_visited_nodes.py", "root"),
    ("kmeans-given-centroids", "updates_init_in_place.py", "init_centroids"),
])
def test_an_input_changed_by_the_submission_is_wrong_answer_naming_it(slug: str, wrong: str,
                                                                       name: str) -> None:
    problem = load_problem(PROBLEMS / slug)
    assert problem.meta.rules.keeps_arguments
    assert name in (problem.meta.entry.parameters() if problem.meta.kind.value == "function"
                    else problem.meta.entry.constructor_parameters())
    result, backend = grade(slug, (PROBLEMS / slug / "wrong" / wrong).read_text())
    assert result.verdict == Verdict.wrong_answer
    assert result.first_failure.message.startswith(f"the input was changed: `{name}` differs")
    assert "work on a copy" in result.first_failure.message
    load = next(m for m in backend.sessions[0].sent if m["op"] == "load")
    assert load["keeps_arguments"] is True


@pytest.mark.parametrize("slug", ["nested-list-flattener", "bst-inorder-cursor",
                                  "kmeans-given-centroids"])
def test_a_submission_that_leaves_its_input_alone_is_accepted(slug: str) -> None:
    problem = load_problem(PROBLEMS / slug)
    result, _ = grade(slug, problem.reference)
    assert result.verdict == Verdict.accepted, result.first_failure


def test_arguments_may_change_where_the_statement_allows_it() -> None:
    problem = load_problem(PROBLEMS / "insert-positions")
    assert not problem.meta.rules.keeps_arguments
    header = "-> list[int]:\n"
    assert header in problem.reference
    empties_queries = problem.reference.replace(
        "return [lower_bound(q) for q in queries]",
        "answer = [lower_bound(q) for q in queries]\n    queries.clear()\n    return answer")
    assert empties_queries != problem.reference
    result, backend = grade("insert-positions", empties_queries)
    assert result.verdict == Verdict.accepted, result.first_failure
    load = next(m for m in backend.sessions[0].sent if m["op"] == "load")
    assert "keeps_arguments" not in load


LRU_WRONG_THEN_CRASH = '''
class LRUCache:
    def __init__(self, capacity):
        self.capacity, self.items, self.calls = capacity, {}, 0

    def get(self, key):
        self.calls += 1
        if self.calls > 1:
            raise RuntimeError("gave up")
        return self.items.get(key, -1) + 1  # wrong: one too many

    def put(self, key, value):
        self.items[key] = value
'''


def test_a_class_problems_first_wrong_value_is_reported_before_a_later_crash() -> None:
    result, _ = grade("lru-cache", LRU_WRONG_THEN_CRASH)
    failure = result.first_failure
    assert result.verdict == Verdict.wrong_answer, failure
    assert failure.message.startswith("operation 3, get(1): expected 10, got 11")
    assert failure.message.endswith("; then RuntimeError at operation 5: gave up")
    assert failure.expected is not None and failure.got is not None


def test_a_class_problems_crash_after_right_values_stays_a_runtime_error() -> None:
    crashes_only = LRU_WRONG_THEN_CRASH.replace(" + 1  # wrong: one too many", "")
    result, _ = grade("lru-cache", crashes_only)
    assert result.verdict == Verdict.runtime_error
    assert result.first_failure.message.startswith("RuntimeError at operation ")
