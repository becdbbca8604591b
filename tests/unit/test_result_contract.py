"""The result contract: the JSON the service stores and sends carries its version, with
verdicts and test groups as their enums' values; a reader refuses a version it does not know."""

import json

import pytest

from judge.grading.results.contract import (
    VERSION,
    UnknownResultVersion,
    result_from_json,
    result_json,
)
from judge.grading.results.verdicts import SubmissionResult, TestGroup, TestOutcome, Verdict

RESULT = SubmissionResult(
    verdict=Verdict.wrong_answer, message="expected 1, got 2", backend="docker",
    total_seconds=0.5, planned={TestGroup.sample: 2, TestGroup.hidden: 1},
    tests=(TestOutcome("sample 1", TestGroup.sample, Verdict.accepted, 0.01),
           TestOutcome("hidden 1", TestGroup.hidden, Verdict.wrong_answer, 0.02,
                       message="expected 1, got 2", input="f(x=1)", expected="1", got="2")))


def test_a_result_carries_version_1_and_plain_values() -> None:
    data = json.loads(json.dumps(result_json(RESULT)))
    assert VERSION == 1 and data["version"] == 1
    assert data["verdict"] == "Wrong Answer"
    assert [t["group"] for t in data["tests"]] == ["sample", "hidden"]
    assert data["planned"] == {"sample": 2, "hidden": 1}


def test_it_reads_back_as_enums() -> None:
    again = result_from_json(json.loads(json.dumps(result_json(RESULT))))
    assert again.tests == RESULT.tests and again.planned == RESULT.planned
    assert all(type(t.group) is TestGroup for t in again.tests)
    assert all(type(group) is TestGroup for group in again.planned)


def test_a_result_stored_before_the_version_reads_as_version_1() -> None:
    data = result_json(RESULT)
    del data["version"]
    assert result_from_json(data).verdict == Verdict.wrong_answer


def test_an_unknown_version_is_refused_not_guessed() -> None:
    with pytest.raises(UnknownResultVersion, match="format 2; this judge reads format 1"):
        result_from_json({**result_json(RESULT), "version": 2})
