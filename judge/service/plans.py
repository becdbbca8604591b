"""Study plans: weeks of problems, the built-in five-week plan, and progress through one.

A group owner's plan lists problems by slug. The built-in plan lists picks instead (a
category, patterns, difficulties), resolved against the catalogue each time it is read, so it
grows with the catalogue; what it resolves to is an ordinary `Plan`.
"""

import tomllib
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator

from ..errors import SubmissionRejected
from ..grading.problems import ProblemRepository
from ..grading.problems.layout import CATEGORIES, DIFFICULTIES
from ..grading.problems.model import PATTERNS, Metadata
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


class Pick(BaseModel):
    """Every problem of `category` with one of `patterns` (any, if none are listed) and one of
    `difficulties` (any, if none are listed)."""

    model_config = ConfigDict(extra="forbid")
    category: str
    patterns: list[str] = []
    difficulties: list[str] = []

    @field_validator("category", "patterns", "difficulties")
    @classmethod
    def _known(cls, value: str | list[str], info: ValidationInfo) -> str | list[str]:
        allowed = {"category": CATEGORIES, "patterns": PATTERNS,
                   "difficulties": DIFFICULTIES}[info.field_name]
        unknown = [name for name in ([value] if isinstance(value, str) else value)
                   if name not in allowed]
        if unknown:
            raise refused(f"no {info.field_name} {', '.join(map(repr, unknown))}")
        return value

    def takes(self, meta: Metadata) -> bool:
        return (meta.category == self.category
                and (not self.patterns or any(p in self.patterns for p in meta.patterns))
                and (not self.difficulties or meta.difficulty.value in self.difficulties))


class WeekTemplate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1, max_length=MAX_TITLE)
    picks: list[Pick] = Field(min_length=1)


class PlanTemplate(BaseModel):
    """A plan by picks: week by week, what to take from the catalogue."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=MAX_TITLE)
    weeks: list[WeekTemplate] = Field(min_length=1, max_length=MAX_WEEKS)

    def resolve(self, catalogue: Iterable[Metadata]) -> Plan:
        """Each problem in the first week that picks it. Within a week: easiest first, then
        by the first pick that takes it, then by pattern in the pick's order (the catalogue's
        order of patterns, from binary search on, if it lists none), then by title. A problem
        no week picks is not in the plan; a week that picks nothing in this catalogue stays,
        empty (an owner's plan cannot have one; this one is not checked again)."""
        levels = list(DIFFICULTIES)
        taken: set[str] = set()
        weeks = []
        for week in self.weeks:
            chosen = []
            for meta in catalogue:
                if meta.slug in taken:
                    continue
                index = next((i for i, pick in enumerate(week.picks) if pick.takes(meta)), None)
                if index is not None:
                    order = week.picks[index].patterns or PATTERNS
                    rank = min((order.index(p) for p in meta.patterns if p in order),
                               default=len(order))
                    chosen.append(((levels.index(meta.difficulty.value), index, rank,
                                    meta.title, meta.slug), meta.slug))
            slugs = [slug for _, slug in sorted(chosen)]
            taken.update(slugs)
            weeks.append(Week.model_construct(title=week.title, problems=slugs))
        return Plan.model_construct(name=self.name, weeks=weeks)


def default_template() -> PlanTemplate:
    return PlanTemplate.model_validate(tomllib.loads(DEFAULT_PLAN.read_text(encoding="utf-8")))


def default_plan(catalogue: Iterable[Metadata]) -> Plan:
    """The built-in plan, over this catalogue."""
    return default_template().resolve(catalogue)


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


def stored_plan(raw: dict | None, catalogue: Iterable[Metadata]) -> Plan:
    """A group's plan as kept (None: the built-in one, over this catalogue)."""
    return default_plan(catalogue) if raw is None else Plan.model_validate(raw)
