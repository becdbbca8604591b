"""A result as JSON: what the service stores and sends, and back again for rendering.

The contract is versioned: `version` says which shape a result has. A change that a reader of
the old shape would misread makes a new version; a reader refuses a version it does not know
(`UnknownResultVersion`) rather than guess. Results stored before the field existed are
version 1, the shape they have.
"""

from dataclasses import asdict

from .feedback import next_step
from .growth import Curve, GrowthReport
from .verdicts import ErrorInfo, SubmissionResult, TestGroup, TestOutcome, Verdict

VERSION = 1


class UnknownResultVersion(ValueError):
    """A result in a shape this judge does not read (sent by a newer judge)."""


def result_json(result: SubmissionResult) -> dict:
    data = {"version": VERSION, **asdict(result)}
    if result.growth is not None:
        data["growth"]["summary"] = result.growth.summary()
    data["verdict"] = result.verdict.value
    data["explanation"] = result.verdict.explanation
    data["next_step"] = next_step(result)
    for test in data["tests"]:
        test["verdict"] = test["verdict"].value
        if test["views"] is None:  # a passing test's, and a failure's shown as text only
            del test["views"]
    return data


def internal_error_json(message: str) -> dict:
    """The stored result of a submission the judge could not grade (nothing ran)."""
    return result_json(SubmissionResult(verdict=Verdict.internal_error, message=message,
                                        tests=(), backend="none", total_seconds=0.0))


def result_from_json(data: dict) -> SubmissionResult:
    """The inverse of result_json: a result the service sent, for the same rendering."""
    version = data.get("version", 1)
    if version != VERSION:
        raise UnknownResultVersion(f"the result is in format {version!r}; this judge reads "
                                   f"format {VERSION}: use a judge of the server's version")

    def error(raw: dict | None) -> ErrorInfo | None:
        if not raw:
            return None
        return ErrorInfo(type=raw["type"], message=raw["message"],
                         frames=tuple(tuple(frame) for frame in raw.get("frames", ())))

    def curve(raw: dict | None) -> Curve | None:
        if not raw:
            return None
        return Curve(**{**raw, "points": tuple(tuple(p) for p in raw.get("points", ()))})

    tests = tuple(TestOutcome(name=t["name"], group=TestGroup(t["group"]),
                              verdict=Verdict(t["verdict"]),
                              seconds=t["seconds"], message=t.get("message", ""),
                              input=t.get("input"), expected=t.get("expected"),
                              got=t.get("got"), error=error(t.get("error")),
                              views=t.get("views") or None)
                  for t in data.get("tests", []))
    growth = data.get("growth")
    return SubmissionResult(
        verdict=Verdict(data["verdict"]), message=data.get("message", ""), tests=tests,
        backend=data.get("backend", "?"), total_seconds=data.get("total_seconds", 0.0),
        peak_memory_bytes=data.get("peak_memory_bytes"), stdout=data.get("stdout", ""),
        stderr=data.get("stderr", ""), counterexample=data.get("counterexample"),
        error=error(data.get("error")), stages=dict(data.get("stages") or {}),
        planned={TestGroup(group): count
                 for group, count in (data.get("planned") or {}).items()},
        growth_note=data.get("growth_note", ""),
        growth=GrowthReport(submission=curve(growth["submission"]),
                            reference=curve(growth.get("reference"))) if growth else None)
