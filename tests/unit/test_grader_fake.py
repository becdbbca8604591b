"""The grader's decisions on scripted sandbox behaviour (the fake backend): whatever the
sandbox sends or does, the verdict is about the submission and the judge never crashes."""

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.contract import result_from_json, result_json
from judge.grading.results.feedback import next_step
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from sandbox.base import SessionReport
from sandbox.errors import SandboxClosed, SandboxTimeout
from sandbox.fake import FakeBackend, harness_handler

PROBLEM = load_problem(Path(__file__).resolve().parents[2] / "problems" / "insert-positions")
GOOD = PROBLEM.reference


def scripted(on_call, on_load=None):
    """Loads fine (unless on_load says otherwise); calls answer with on_call(message)."""
    def handle(message):
        if message["op"] == "hello":
            return {"ok": True, "version": 1}
        if message["op"] == "load":
            return on_load(message) if on_load else {"ok": True}
        return on_call(message)
    return handle


def grade(handler, code: str = "x", report: SessionReport | None = None):
    backend = FakeBackend(handler, report)
    return Grader(PROBLEM, backend).grade(code, growth="never"), backend


def test_in_process_harness_accepts_a_correct_solution() -> None:
    result, backend = grade(harness_handler(), GOOD)
    assert result.verdict == Verdict.accepted
    assert [t.group for t in result.tests][-1] == "properties"
    sent = backend.sessions[0].sent
    assert sent[0]["op"] == "hello"
    assert sent[1]["op"] == "load" and sent[1]["code"] == GOOD
    # hidden expectations never cross: only inputs go in
    assert all(set(m) <= {"op", "plain", "args"} and m["op"] == "call" for m in sent[2:])


def test_property_failure_is_shrunk_to_a_minimal_counterexample() -> None:
    code = GOOD.replace("for q in queries]", "for q in queries if q != 41]")
    result, _ = grade(harness_handler(), code)
    assert result.verdict == Verdict.wrong_answer
    assert result.first_failure.name == "property (shrunk)"
    assert result.counterexample == "insert_positions(nums=[], queries=[41])"


def test_a_timeout_during_properties_stops_at_once_with_tle() -> None:
    inner = harness_handler()
    calls = {"property": 0}

    def handle(message):
        if message["op"] == "call" and message["args"][1] and len(message["args"][1]) >= 3:
            calls["property"] += 1
            return None  # never answers
        return inner(message)

    result, _ = grade(handle, GOOD)
    assert result.verdict == Verdict.time_limit
    assert calls["property"] == 1, "Hypothesis must not keep calling a dead session"


def test_garbage_on_the_channel_is_a_runtime_error() -> None:
    result, _ = grade(scripted(lambda m: b"\x00\x00\x00\x05{{{{{"))
    assert result.verdict == Verdict.runtime_error
    assert "malformed" in result.message


def test_an_oversized_frame_header_is_a_runtime_error() -> None:
    result, _ = grade(scripted(lambda m: b"\xff\xff\xff\xff"))
    assert result.verdict == Verdict.runtime_error


def test_a_forged_value_outside_the_allow_list_is_wrong_answer() -> None:
    forged = {"ok": True, "value": {"$t": "pickle", "v": "gASVAAAA"}}
    result, _ = grade(scripted(lambda m: forged))
    assert result.verdict == Verdict.wrong_answer
    assert "malformed" in result.first_failure.message


def test_a_forged_claim_of_success_is_still_checked() -> None:
    forged = {"ok": True, "value": [0], "verdict": "Accepted", "passed": True}
    result, _ = grade(scripted(lambda m: forged))
    assert result.verdict == Verdict.wrong_answer


def test_a_dead_process_is_a_runtime_error_and_oom_is_mle() -> None:
    def die(message):
        raise SandboxClosed("gone")

    result, _ = grade(scripted(die), report=SessionReport(1, False, None, 0.1, ""))
    assert result.verdict == Verdict.runtime_error
    result, _ = grade(scripted(die), report=SessionReport(137, True, None, 0.1, ""))
    assert result.verdict == Verdict.memory_limit


def test_load_failures_are_compilation_errors() -> None:
    result, _ = grade(harness_handler(), "def insert_positions(:\n")
    assert result.verdict == Verdict.compilation_error
    assert result.error is not None and result.error.type == "SyntaxError"
    result, _ = grade(harness_handler(), "def something_else():\n    pass\n")
    assert result.verdict == Verdict.compilation_error
    assert "insert_positions" in result.message


def test_runtime_error_carries_the_users_frames_only() -> None:
    code = "def helper(xs):\n    return xs[99]\n\ndef insert_positions(nums, queries):\n" \
           "    return [helper(nums) for q in queries]\n"
    result, _ = grade(harness_handler(), code)
    assert result.verdict == Verdict.runtime_error
    assert result.error.frames == (
        (5, "insert_positions", "return [helper(nums) for q in queries]"),
        (5, "<listcomp>", "return [helper(nums) for q in queries]"),
        (2, "helper", "return xs[99]"))
    assert "harness" not in result.error.render()


def test_output_limit_is_enforced_from_the_reported_sizes() -> None:
    inner = harness_handler()

    def handle(message):
        reply = inner(message)
        if message["op"] == "call":
            reply = dict(reply, stdout="x" * 100, stdout_bytes=10**9)
        return reply

    result, _ = grade(handle, GOOD)
    assert result.verdict == Verdict.output_limit


@pytest.mark.parametrize("error_type,verdict", [
    ("MemoryError", Verdict.memory_limit),
    ("ValueError", Verdict.runtime_error),
    ("UnsupportedReturnValue", Verdict.wrong_answer),
])
def test_reported_errors_map_to_verdicts(error_type: str, verdict: Verdict) -> None:
    reply = {"ok": False, "error": {"type": error_type, "message": "boom", "frames": []}}
    result, _ = grade(scripted(lambda m: reply))
    assert result.verdict == verdict


def test_a_sandbox_that_never_starts_is_internal_error_not_the_users() -> None:
    def die(message):
        raise SandboxClosed("bwrap: cannot mount")

    result, backend = grade(die, GOOD, report=SessionReport(1, False, None, 0.0,
                                                            "bwrap: Can't mount tmpfs"))
    assert result.verdict == Verdict.internal_error
    assert "did not start" in result.message and "Can't mount" in result.message
    assert [m["op"] for m in backend.sessions[0].sent] == ["hello"], "code never sent"


def test_a_judge_fault_is_internal_error_never_the_users(caplog, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("checker exploded near SELECT * FROM secrets in /srv/judge")

    monkeypatch.setattr("judge.grading.run.judging.judge_reply", broken)
    backend = FakeBackend(harness_handler())
    result = Grader(PROBLEM, backend).grade(GOOD)
    assert result.verdict == Verdict.internal_error
    # the user learns its kind, never its text (a query, a path); the log has it all
    assert result.message == ("the judge failed while grading (RuntimeError); the details "
                              "are in its log")
    assert "checker exploded" in caplog.text and "Traceback" in caplog.text


def test_a_busy_call_stops_soon_after_its_cpu_limit_not_at_the_wall_cap() -> None:
    import itertools
    import time

    ticks = itertools.count()
    inner = harness_handler()

    def handle(message):
        if message["op"] == "call" and len(message["args"][0]) > 1000:
            return None  # "busy": never answers, while its CPU clock runs
        return inner(message)

    backend = FakeBackend(handle, cpu=lambda: next(ticks) * 0.25)  # 0.25 s of CPU per read
    started = time.monotonic()
    result = Grader(PROBLEM, backend).grade(GOOD, growth="never")
    assert result.verdict == Verdict.time_limit
    assert "CPU time" in result.message
    assert time.monotonic() - started < 3.0  # the wall cap alone would be 3 x 1 s + 1 s


def test_a_quick_reply_within_the_cpu_limit_passes_even_when_wall_time_is_long() -> None:
    import time

    inner = harness_handler()

    def slow_wall(message):
        if message["op"] == "call" and len(message["args"][0]) > 1000:
            time.sleep(1.3)  # over the 1 s limit in wall time, as on a loaded machine
        return inner(message)

    backend = FakeBackend(slow_wall, cpu=lambda: 0.0)  # and no CPU used
    result = Grader(PROBLEM, backend).grade(GOOD, growth="never")
    assert result.verdict == Verdict.accepted


# ------------------------------------------------------------------ rules the statement states
@pytest.mark.parametrize("code", [
    "from bisect import bisect_left\ndef insert_positions(nums, queries):\n    return []\n",
    "import os, bisect as b\ndef insert_positions(nums, queries):\n    return []\n",
    "def insert_positions(nums, queries):\n    m = __import__('bisect')\n    return []\n",
    "import importlib\ndef insert_positions(nums, queries):\n"
    "    m = importlib.import_module('bisect')\n    return []\n",
])
def test_a_forbidden_import_is_refused_before_any_sandbox_starts(code: str) -> None:
    result, backend = grade(harness_handler(), code)
    assert result.verdict == Verdict.compilation_error
    assert "does not allow the bisect module (line" in result.message
    assert backend.sessions == []  # decided in the trusted grader
    assert "write the part it did yourself" in next_step(result)


def test_a_module_that_only_shares_a_prefix_is_allowed() -> None:
    code = "import bisectlike\n" + PROBLEM.reference
    refused = grade(harness_handler(), code)[0]
    assert refused.first_failure.error.type == "ModuleNotFoundError"  # the sandbox's, not ours
    code = PROBLEM.reference.replace("def insert_positions", "bisect = 1\n\ndef insert_positions")
    result, _ = grade(harness_handler(), code)
    assert result.verdict == Verdict.accepted


# ------------------------------------------------------------------ counts and growth notes
def test_counts_say_how_many_of_all_tests_passed_before_the_first_failure() -> None:
    wrong = PROBLEM.reference.replace("nums[middle] < target", "nums[middle] <= target")
    result, _ = grade(harness_handler(), wrong)
    total = len(PROBLEM.samples) + len(PROBLEM.hidden) + len(PROBLEM.generated()) + 1
    assert sum(result.planned.values()) == total
    assert result.tally() == f"{result.passed} of {total} tests passed before the first failure"
    assert result.group_tally("hidden").endswith(f" of {len(PROBLEM.hidden)}")
    accepted, _ = grade(harness_handler(), PROBLEM.reference)
    assert accepted.tally() == f"all {total} tests passed"
    assert result_from_json(result_json(result)).tally() == result.tally()


def test_a_tle_on_a_problem_without_growing_inputs_says_why_there_is_no_estimate() -> None:
    problem = replace(PROBLEM, cases_module=SimpleNamespace(
        **{name: getattr(PROBLEM.cases_module, name) for name in
           ("SAMPLES", "HIDDEN", "generate", "arguments", "invariant")}))

    def never_answers(message):
        raise SandboxTimeout("no reply")

    result = Grader(problem, FakeBackend(scripted(never_answers))).grade("x")
    assert result.verdict == Verdict.time_limit and result.growth is None
    assert result.growth_note.startswith("no growth estimate: this problem has no inputs")
    assert result_from_json(result_json(result)).growth_note == result.growth_note


def test_a_tle_while_loading_is_not_timed_for_growth() -> None:
    """Code that never finishes loading would wait out the load limit again in the growth
    estimate's sandbox: no second sandbox is opened."""
    def never_loads(message):
        raise SandboxTimeout("no reply")

    backend = FakeBackend(scripted(lambda message: {"ok": True}, on_load=never_loads))
    result = Grader(PROBLEM, backend, load_seconds=0.5).grade("x")  # growth="on-tle"
    assert result.verdict == Verdict.time_limit and result.first_failure.name == "load"
    assert result.growth is None and len(backend.sessions) == 1
    assert result.growth_note == ("no growth estimate: the code never finished loading (the "
                                  "time went before any call)")


@pytest.mark.parametrize("when", ["hidden", "property", "shrinking"])
def test_a_machine_too_busy_to_time_a_call_is_no_verdict(when: str) -> None:
    """A call starved of CPU past every allowance (timing.py) ends the grade with
    MachineBusy, which a worker answers by requeueing: never TLE, never Internal Error."""
    from sandbox.errors import MachineBusy

    bad = GOOD.replace("for q in queries]", "for q in queries if q != 41]")
    code = bad if when == "shrinking" else GOOD
    counted = {"n": 0}

    def counting(message):
        counted["n"] += message["op"] == "call"
        return counted_inner(message)

    counted_inner = harness_handler()
    result, _ = grade(counting, code)  # how many calls the grade makes, undisturbed
    assert result.first_failure is None or result.first_failure.name == "property (shrunk)"
    busy_at = {"hidden": 3, "property": counted["n"] - 1, "shrinking": counted["n"]}[when]
    inner, calls = harness_handler(), {"n": 0}

    def handle(message):
        if message["op"] == "call":
            calls["n"] += 1
            if calls["n"] == busy_at:
                raise MachineBusy("the machine is too busy to time it")
        return inner(message)

    with pytest.raises(MachineBusy):
        grade(handle, code)
