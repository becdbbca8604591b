"""Verdicts and results as plain values."""

from dataclasses import dataclass, field
from enum import StrEnum

from .growth import GrowthReport


class Verdict(StrEnum):
    accepted = "Accepted"
    wrong_answer = "Wrong Answer"
    time_limit = "Time Limit Exceeded"
    memory_limit = "Memory Limit Exceeded"
    runtime_error = "Runtime Error"
    compilation_error = "Compilation Error"
    output_limit = "Output Limit Exceeded"
    internal_error = "Internal Error"
    not_checked = "Not Checked"
    """A run on the user's own input where the reference gave no answer to compare with."""

    @property
    def code(self) -> str:
        return _CODES[self]

    @property
    def explanation(self) -> str:
        return _EXPLANATIONS[self]

    @classmethod
    def parse(cls, text: str) -> "Verdict":
        """'TLE', 'time-limit-exceeded' or 'Time Limit Exceeded'."""
        key = text.strip().lower().replace("-", " ").replace("_", " ")
        for verdict in cls:
            if key in (verdict.value.lower(), verdict.code.lower()):
                return verdict
        raise ValueError(f"unknown verdict {text!r}")


_CODES = {
    Verdict.accepted: "AC", Verdict.wrong_answer: "WA", Verdict.time_limit: "TLE",
    Verdict.memory_limit: "MLE", Verdict.runtime_error: "RE", Verdict.compilation_error: "CE",
    Verdict.output_limit: "OLE", Verdict.internal_error: "IE", Verdict.not_checked: "NC",
}

_EXPLANATIONS = {
    Verdict.accepted: "Your solution passed every test.",
    Verdict.wrong_answer: "Your solution returned a wrong result for the case shown.",
    Verdict.time_limit: "Your solution took longer than the time limit; look for a faster "
                        "algorithm (or an infinite loop).",
    Verdict.memory_limit: "Your solution used more memory than the limit allows.",
    Verdict.runtime_error: "Your solution raised an exception or exited; the traceback shows "
                           "where.",
    Verdict.compilation_error: "Your file could not be loaded: a syntax error, a failed "
                               "import, or the required function or class is missing.",
    Verdict.output_limit: "Your solution printed more than the output limit.",
    Verdict.internal_error: "The judge failed, not your code; please report it.",
    Verdict.not_checked: "Your code ran on your input, but the reference solution gave no "
                         "answer to compare with: the input is probably outside the "
                         "statement's constraints.",
}


class TestGroup(StrEnum):
    """Where a test comes from, in the order a grade runs them; `load` is loading the file,
    `custom` a run on the user's own input."""

    __test__ = False  # not a pytest test class, whatever its name
    load = "load"
    sample = "sample"
    hidden = "hidden"
    generated = "generated"
    properties = "properties"
    custom = "custom"


@dataclass(frozen=True)
class ErrorInfo:
    """An exception raised by the submission, trimmed to the user's own frames."""

    type: str
    message: str
    frames: tuple[tuple[int, str, str], ...] = ()
    """(line, function, source text) for each frame in the submission's file."""

    def render(self) -> str:
        lines = [f"  line {line}, in {func}\n    {text}" for line, func, text in self.frames]
        head = "Traceback (your code):\n" if lines else ""
        return head + "\n".join(lines) + ("\n" if lines else "") + f"{self.type}: {self.message}"


@dataclass(frozen=True)
class TestOutcome:
    __test__ = False  # not a pytest test class, whatever its name
    name: str
    group: TestGroup
    verdict: Verdict
    seconds: float
    message: str = ""
    input: str | None = None
    expected: str | None = None
    got: str | None = None
    error: ErrorInfo | None = None
    views: dict[str, list] | None = field(default=None, hash=False)
    """A failure's input, expected and got as tables, where they hold frames, SQL tables or
    arrays (`judge.grading.render.views`): for the web, beside the text the CLI prints."""


@dataclass(frozen=True)
class SubmissionResult:
    verdict: Verdict
    message: str
    tests: tuple[TestOutcome, ...]
    backend: str
    total_seconds: float
    peak_memory_bytes: int | None = None
    stdout: str = ""
    stderr: str = ""
    counterexample: str | None = None
    """Hypothesis's shrunk, minimal failing input for a failed property."""
    error: ErrorInfo | None = None
    growth: GrowthReport | None = None
    """How the running time grew, when it was measured at growing sizes."""
    growth_note: str = ""
    """Why a Time Limit Exceeded (or a grade that asked for one) has no growth estimate."""
    planned: dict[TestGroup, int] = field(default_factory=dict)
    """How many tests each group holds (a group of Hypothesis examples counts as one), run or
    not: grading stops at the first failure, so the tests run can be fewer."""
    stages: dict[str, float] = field(default_factory=dict)
    """Seconds from the start of the grade to each stage it reached: `sandbox_ready` (the
    harness greeted and imported what the problem needs), `tests_done` (the last test)."""

    @property
    def first_failure(self) -> TestOutcome | None:
        return next((t for t in self.tests if t.verdict != Verdict.accepted), None)

    @property
    def passed(self) -> int:
        return sum(t.verdict == Verdict.accepted for t in self.tests)

    def tally(self) -> str:
        """`10 of 25 tests passed before the first failure`, or `all 25 tests passed`."""
        total = sum(self.planned.values()) or len(self.tests)
        if self.verdict == Verdict.accepted:
            return f"all {total} tests passed"
        if self.first_failure is None:
            return f"{self.passed} of {total} tests passed"
        return f"{self.passed} of {total} tests passed before the first failure"

    def group_tally(self, group: TestGroup) -> str:
        """`10 of 12` for one group: passed, of all the group holds."""
        passed = sum(t.verdict == Verdict.accepted for t in self.tests if t.group == group)
        ran = sum(1 for t in self.tests if t.group == group)
        return f"{passed} of {max(self.planned.get(group, 0), ran)}"
