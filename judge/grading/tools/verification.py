"""A problem's verification record: what `judge verify` found, kept in its folder.

`verification.json` holds the outcome (pass or the faults, the patterns it covers, the
reference's slowest call against the limit, every known submission's verdict and first
failure, and how much slower than the limit each declared-too-slow one is) under a key of
everything that can change it: the problem's files (its known submissions included), the
grading code and the harness, the runtime image's definition, and the versions of Python,
numpy, pandas and Hypothesis. A test checks every record is current without grading anything
(`record_faults`), and CI verifies a sample of problems for real and compares
(`disagreements`), as mutation scores are kept and checked (`mutation/analysis.py`).
"""

import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sandbox.image import runtime_image_tag

from ..problems.fingerprint import grading_fingerprint, hash_problem_files
from ..results.verdicts import Verdict

RECORD_FILE = "verification.json"
FORMAT = 1
"""The record's shape; a change makes every record stale."""
REFRESH = "./scripts/judge verify --stale"


@dataclass
class SlowCheck:
    """A declared Time Limit Exceeded graded again with `multiple` times the limits."""

    multiple: float
    verdict: str
    test: str | None
    """Where it stopped: the test it timed out on, or its first failure."""


@dataclass
class KnownGrade:
    """One known submission's grade: the starter, an `accepted/` or a `wrong/` file."""

    file: str
    declared: str
    """The verdict it must get ("not Accepted" for the starter)."""
    verdict: str
    test: str | None = None
    """Its first failing test."""
    message: str = ""
    slow: SlowCheck | None = None


@dataclass
class ReferenceTiming:
    test: str
    seconds: float
    limit_seconds: float


@dataclass
class VerificationRecord:
    slug: str
    key: str
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    patterns: list[str] = field(default_factory=list)
    reference: ReferenceTiming | None = None
    grades: list[KnownGrade] = field(default_factory=list)
    seconds: float = 0.0
    """How long verifying took, on the machine that wrote the record."""

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_json(self) -> dict:
        return {"format": FORMAT, "ok": self.ok, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> "VerificationRecord":
        reference = data.get("reference")
        grades = []
        for grade in data.get("grades", []):
            slow = grade.get("slow")
            grades.append(KnownGrade(**{**grade, "slow": SlowCheck(**slow) if slow else None}))
        return cls(slug=data["slug"], key=data["key"], errors=list(data.get("errors", [])),
                   warnings=list(data.get("warnings", [])),
                   patterns=list(data.get("patterns", [])),
                   reference=ReferenceTiming(**reference) if reference else None,
                   grades=grades, seconds=float(data.get("seconds", 0.0)))


def verification_key(folder: Path) -> str:
    """A hash of what can change a problem's verification: its files (known submissions
    included; its measurements aside), the grading code, the harness and the library
    versions (`grading_fingerprint`), and the runtime image's definition."""
    digest = hashlib.sha256(f"verification {FORMAT} {grading_fingerprint()} "
                            f"{runtime_image_tag()}".encode())
    hash_problem_files(digest, folder, with_submissions=True)
    return digest.hexdigest()[:32]


def store(folder: Path, record: VerificationRecord) -> Path:
    path = folder / RECORD_FILE
    path.write_text(json.dumps(record.to_json(), indent=1) + "\n", encoding="utf-8")
    return path


def load(folder: Path) -> VerificationRecord | None:
    """The kept record, or None where there is none or it cannot be read."""
    try:
        data = json.loads((folder / RECORD_FILE).read_text(encoding="utf-8"))
        return VerificationRecord.from_json(data) if data.get("format") == FORMAT else None
    except (OSError, ValueError, TypeError, KeyError):
        return None


def is_current(folder: Path) -> bool:
    record = load(folder)
    return record is not None and record.key == verification_key(folder)


def record_faults(folder: Path) -> list[str]:
    """Why the kept record of the problem in `folder` does not vouch for it: missing or
    unreadable, stale (something it depends on changed since), or a failed verification."""
    record = load(folder)
    if record is None:
        return [f"no readable {RECORD_FILE}"]
    if record.key != verification_key(folder):
        return [f"{RECORD_FILE} is stale (the problem, the grading code, the harness, the "
                "runtime image or a library changed since it was verified)"]
    return [f"verification failed: {error}" for error in record.errors]


def disagreements(kept: VerificationRecord, fresh: VerificationRecord) -> list[str]:
    """Where a fresh verification differs from the kept record: its pass, and each known
    submission's verdict and first failing test (not for a Time Limit Exceeded: which slow
    test times out first depends on the machine's speed; that it stays slow at the stated
    multiple of the limits is checked by the verification itself)."""
    found = []
    if kept.ok != fresh.ok:
        found.append(f"kept: {'passed' if kept.ok else 'failed'}; now: "
                     f"{'passed' if fresh.ok else 'failed: ' + '; '.join(fresh.errors)}")
    before = {grade.file: grade for grade in kept.grades}
    now = {grade.file: grade for grade in fresh.grades}
    for name in sorted(before.keys() | now.keys()):
        old, new = before.get(name), now.get(name)
        if old is None or new is None:
            found.append(f"{name}: {'not graded now' if new is None else 'not in the record'}")
        elif old.verdict != new.verdict:
            found.append(f"{name}: kept {old.verdict}, now {new.verdict} ({new.message})")
        elif new.verdict != Verdict.time_limit and old.test != new.test:
            found.append(f"{name}: kept first failure {old.test!r}, now {new.test!r} "
                         f"({new.message})")
    return found
