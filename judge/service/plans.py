"""Study plans: weeks of problems, the built-in five-week plan, and progress through one."""

import tomllib
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, field_validator

from ..errors import SubmissionRejected
from ..grading.problems import ProblemRepository
from .validation import describe, refused

DEFAULT_PLAN = Path(__file__).resolve().parent / "default_plan.toml"
MAX_WEEKS, MAX_PROBLEMS_A_WEEK, MAX_TITLE = 52, 100, 120


class PlanError(SubmissionRejected):
    """A plan an owner sent is malformed or names problems that do not exist."""


class Week(BaseModel):
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    problems: list[str] = Field(min_length=1, max_length=MAX_PROBLEMS_A_WEEK)


class Plan(BaseModel):
    name: str = Field(min_length=1, max_length=MAX_TITLE)
    weeks: list[Week] = Field(min_length=1, max_length=MAX_WEEKS)

    @field_validator("weeks")
    @classmethod
    def _no_repeats(cls, weeks: list[Week]) -> list[Week]:
        seen: set[str] = set()
        for week in weeks:
            for slug in week.problems:
                if slug in seen:
                    raise refused(f"{slug!r} appears twice in the plan")
                seen.add(slug)
        return weeks

    def slugs(self) -> list[str]:
        return [slug for week in self.weeks for slug in week.problems]

    def current_week(self, started: datetime, now: datetime) -> int:
        """1-based, capped at the plan's length (0 before it starts)."""
        if now < started:
            return 0
        return min((now - started).days // 7 + 1, len(self.weeks))


def default_plan() -> Plan:
    return Plan.model_validate(tomllib.loads(DEFAULT_PLAN.read_text(encoding="utf-8")))


def parse_plan(data: dict, repository: ProblemRepository) -> Plan:
    """An owner's plan, checked: well-formed, and every problem exists."""
    try:
        plan = Plan.model_validate(data)
    except ValidationError as exc:
        raise PlanError(describe(exc.errors())) from None
    known = set(repository.slugs())
    unknown = [slug for slug in plan.slugs() if slug not in known]
    if unknown:
        raise PlanError("no such problem(s) in the plan: " + ", ".join(unknown))
    return plan


def stored_plan(raw: dict | None) -> Plan:
    return default_plan() if raw is None else Plan.model_validate(raw)
