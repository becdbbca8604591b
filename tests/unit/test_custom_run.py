"""A run on the user's own input: the reference answers in a sandbox session of its own (never
in the judge's process), then the submission in another, and the checker compares them."""

from dataclasses import replace
from pathlib import Path

from judge.grading.problems import load_problem
from judge.grading.results.feedback import next_step
from judge.grading.results.verdicts import Verdict
from judge.grading.run.custom import run_custom
from sandbox.errors import SandboxClosed
from sandbox.fake import FakeBackend, harness_handler

PROBLEM = load_problem(Path(__file__).resolve().parents[2] / "problems" / "insert-positions")
GOOD = PROBLEM.reference + "\n# the submission\n"

INPUT = "nums = [2, 4]\nqueries = [4, 1]\n"


def test_the_reference_runs_in_a_sandbox_session_of_its_own() -> None:
    backend = FakeBackend(harness_handler())
    result = run_custom(PROBLEM, backend, GOOD, INPUT)
    assert result.verdict == Verdict.accepted
    reference, submission = backend.sessions
    assert [m["op"] for m in reference.sent] == ["hello", "load", "call"]
    assert reference.sent[1]["code"] == PROBLEM.reference
    assert submission.sent[1]["code"] == GOOD
    assert reference.sent[2]["args"] == submission.sent[2]["args"]  # the same input
    (test,) = result.tests
    assert (test.input, test.expected, test.got) == (
        "insert_positions(nums=[2, 4], queries=[4, 1])", "[1, 0]", "[1, 0]")


def test_a_wrong_answer_and_a_crash_are_the_submissions_verdicts() -> None:
    wrong = run_custom(PROBLEM, FakeBackend(harness_handler()),
                       "def insert_positions(nums, queries):\n    return [0, 0]\n", INPUT)
    assert wrong.verdict == Verdict.wrong_answer
    assert (wrong.tests[0].expected, wrong.tests[0].got) == ("[1, 0]", "[0, 0]")
    crashed = run_custom(PROBLEM, FakeBackend(harness_handler()),
                         "def insert_positions(nums, queries):\n    return 1 / 0\n", INPUT)
    assert crashed.verdict == Verdict.runtime_error
    assert crashed.tests[0].expected == "[1, 0]"  # what it should have answered


def test_when_the_reference_dies_the_answer_is_shown_unchecked() -> None:
    inner = harness_handler()
    sessions = []

    def handler(message):
        if message["op"] == "hello":
            sessions.append(message)
        if message["op"] == "call" and len(sessions) == 1:  # the reference's session
            raise SandboxClosed("killed")
        return inner(message)

    result = run_custom(PROBLEM, FakeBackend(handler), GOOD, INPUT)
    assert result.verdict == Verdict.not_checked
    (test,) = result.tests
    assert test.got == "[1, 0]" and test.expected is None
    assert test.message.startswith("the reference solution gave no answer on this input: "
                                   "Runtime Error")


def test_an_input_of_the_wrong_type_that_fails_the_reference_too_is_not_checked() -> None:
    """README's promise: when the reference gives no answer, the verdict is Not Checked,
    whatever the code did on that input (here it fails as the reference does)."""
    result = run_custom(PROBLEM, FakeBackend(harness_handler()), GOOD,
                        "nums = None\nqueries = [1]\n")
    assert result.verdict == Verdict.not_checked
    (test,) = result.tests
    assert test.verdict == Verdict.not_checked and test.expected is None
    assert test.message.startswith("the reference solution gave no answer on this input: "
                                   "Runtime Error (TypeError")
    assert "your code gave none either: Runtime Error (TypeError" in test.message
    assert test.error is not None and test.error.type == "TypeError"  # its traceback, shown
    assert next_step(result).startswith("Write an input within the statement's constraints")


def test_code_that_does_not_load_is_a_compilation_error_whatever_the_input() -> None:
    result = run_custom(PROBLEM, FakeBackend(harness_handler()), "def insert_positions(:\n",
                        "nums = None\nqueries = [1]\n")
    assert result.verdict == Verdict.compilation_error


def test_unreadable_input_is_refused_not_run() -> None:
    backend = FakeBackend(harness_handler())
    result = run_custom(PROBLEM, backend, GOOD, "nums = [1\n")
    assert result.verdict == Verdict.compilation_error
    assert result.message.startswith("your input could not be read: line 1")
    assert backend.sessions == []


def test_the_problems_checks_failing_on_an_odd_input_is_not_checked() -> None:
    """An input outside the statement can make the reference answer what the problem's own
    checks (here its invariant, len(result)) were never written for: that run is Not
    Checked, not an Internal Error."""
    odd = "def insert_positions(nums, queries):\n    return 0.5\n"
    problem = replace(PROBLEM, reference=odd)
    result = run_custom(problem, FakeBackend(harness_handler()), odd, INPUT)
    assert result.verdict == Verdict.not_checked
    (test,) = result.tests
    assert test.message == ("the problem's checks cannot compare answers on this input "
                            "(TypeError); it is probably outside the statement's constraints")
    assert (test.expected, test.got) == ("0.5", "0.5")  # both answers shown still


def test_a_fault_of_the_judge_building_the_call_is_an_internal_error_result(
        monkeypatch) -> None:
    def broken(args):
        raise ValueError("cannot write this value")

    monkeypatch.setattr("judge.grading.run.custom.encode_args", broken)
    backend = FakeBackend(harness_handler())
    result = run_custom(PROBLEM, backend, GOOD, INPUT)  # a result, not an exception
    assert result.verdict == Verdict.internal_error and backend.sessions == []
    assert result.message == ("the judge failed while grading (ValueError); the details are "
                              "in its log")
