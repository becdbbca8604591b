"""Verification records: what they are kept under, how they read back, and how a fresh
verification is compared with one."""

import shutil
from pathlib import Path

import pytest

from judge.grading.tools import verification
from judge.grading.tools.verification import (
    KnownGrade,
    ReferenceTiming,
    SlowCheck,
    VerificationRecord,
    disagreements,
    load,
    record_faults,
    store,
    verification_key,
)

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "insert-positions"
    shutil.copytree(PROBLEMS / "insert-positions", copy,
                    ignore=shutil.ignore_patterns("__pycache__", "verification.json"))
    return copy


def record(key: str, **changes) -> VerificationRecord:
    grades = [KnownGrade("starter.py", "not Accepted", "Wrong Answer", "sample 1", "got 0"),
              KnownGrade("wrong/linear_scan.py", "Time Limit Exceeded", "Time Limit Exceeded",
                         "hidden 9", "over the limit", SlowCheck(5.0, "Time Limit Exceeded",
                                                                 "hidden 9")),
              KnownGrade("wrong/off_by_one.py", "Wrong Answer", "Wrong Answer", "hidden 2",
                         "expected 3, got 4")]
    values = dict(slug="insert-positions", key=key, patterns=["binary-search"],
                  reference=ReferenceTiming("hidden 9", 0.34, 1.5), grades=grades,
                  seconds=12.5)
    return VerificationRecord(**{**values, **changes})


def test_a_record_reads_back_as_written(folder: Path) -> None:
    written = record(verification_key(folder), warnings=["fewer than two samples"])
    store(folder, written)
    assert load(folder) == written
    assert record_faults(folder) == []


def test_a_missing_or_unreadable_record_is_a_fault(folder: Path) -> None:
    assert record_faults(folder) == ["no readable verification.json"]
    (folder / "verification.json").write_text("{not json")
    assert record_faults(folder) == ["no readable verification.json"]


def test_a_failed_verification_is_a_fault(folder: Path) -> None:
    store(folder, record(verification_key(folder), errors=["the starter is Accepted"]))
    assert record_faults(folder) == ["verification failed: the starter is Accepted"]


@pytest.mark.parametrize("change", ["reference.py", "wrong/off_by_one_high.py", "cases.py",
                                    "accepted/new.py", "problem.toml"])
def test_any_file_of_the_problem_makes_the_record_stale(folder: Path, change: str) -> None:
    store(folder, record(verification_key(folder)))
    path = folder / change
    path.parent.mkdir(exist_ok=True)
    path.write_text((path.read_text() if path.exists() else "") + "\n# changed\n")
    assert "stale" in record_faults(folder)[0]


def test_its_own_measurements_do_not_make_it_stale(folder: Path) -> None:
    store(folder, record(verification_key(folder)))
    (folder / "mutation.json").write_text("{}")
    (folder / "__pycache__").mkdir(exist_ok=True)
    (folder / "__pycache__" / "cases.cpython-311.pyc").write_bytes(b"\0")
    assert record_faults(folder) == []


def test_the_grading_code_and_the_image_are_in_the_key(folder: Path, monkeypatch) -> None:
    key = verification_key(folder)
    monkeypatch.setattr(verification, "grading_fingerprint", lambda: "other grading code")
    assert verification_key(folder) != key
    monkeypatch.undo()
    monkeypatch.setattr(verification, "runtime_image_tag", lambda: "judge-runtime:other")
    assert verification_key(folder) != key


def test_a_fresh_verification_agrees_with_its_record_up_to_timing() -> None:
    kept = record("k")
    fresh = record("k", seconds=30.0, reference=ReferenceTiming("hidden 8", 0.5, 1.5))
    # which slow test times out first depends on the machine's speed
    fresh.grades[1] = KnownGrade("wrong/linear_scan.py", "Time Limit Exceeded",
                                 "Time Limit Exceeded", "hidden 8", "over the limit")
    assert disagreements(kept, fresh) == []


def test_disagreements_name_each_difference() -> None:
    kept = record("k")
    fresh = record("k", errors=["wrong/off_by_one.py declares Wrong Answer but got Accepted"])
    fresh.grades = [KnownGrade("starter.py", "not Accepted", "Wrong Answer", "sample 2", "x"),
                    fresh.grades[1],
                    KnownGrade("wrong/off_by_one.py", "Wrong Answer", "Accepted", None, ""),
                    KnownGrade("wrong/new.py", "Runtime Error", "Runtime Error", "sample 1")]
    found = disagreements(kept, fresh)
    assert found[0].startswith("kept: passed; now: failed: wrong/off_by_one.py declares")
    assert "starter.py: kept first failure 'sample 1', now 'sample 2'" in found[1]
    assert found[2] == "wrong/new.py: not in the record"
    assert found[3].startswith("wrong/off_by_one.py: kept Wrong Answer, now Accepted")
    assert len(found) == 4
