"""One user's progress as they would want to see it: solved and attempted problems per
category and per pattern, their activity day by day, and their weakest patterns, each with
the problem to try next.

Marks come from `progress.marks` (one aggregate query); the activity from one query over the
user's full runs in the window, counted by UTC day here (the same on every database).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..grading.problems.layout import CATEGORIES
from ..grading.problems.model import PATTERNS, Metadata
from ..grading.results.verdicts import Verdict
from .progress import Mark, easiest_first
from .store.models import Mode, Submission, User

ACTIVITY_DAYS = 84
"""Twelve weeks of activity."""
WEAKEST = 5


@dataclass(frozen=True)
class Tally:
    name: str
    solved: int
    attempted: int
    """Tried, never Accepted in a full run."""
    total: int


def tallies(names: Iterable[str], catalogue: Iterable[Metadata], marks: dict[str, Mark],
            key) -> list[Tally]:
    """Solved, attempted and total per name (`key(meta)`: the names a problem counts for),
    for every name given that has a problem, in the order given."""
    counts: dict[str, list[int]] = {}
    for meta in catalogue:
        mark = marks.get(meta.slug, Mark.untried)
        for name in key(meta):
            cell = counts.setdefault(name, [0, 0, 0])
            cell[0] += mark == Mark.solved
            cell[1] += mark == Mark.attempted
            cell[2] += 1
    return [Tally(name, *counts[name]) for name in names if name in counts]


def by_category(catalogue: list[Metadata], marks: dict[str, Mark]) -> list[Tally]:
    return tallies(CATEGORIES, catalogue, marks, lambda meta: (meta.category,))


def by_pattern(catalogue: list[Metadata], marks: dict[str, Mark]) -> list[Tally]:
    return tallies(PATTERNS, catalogue, marks, lambda meta: meta.patterns)


@dataclass(frozen=True)
class Day:
    day: date
    runs: int
    """Full runs sent that day."""
    accepted: int


def activity(session: Session, user: User, today: date, days: int = ACTIVITY_DAYS) -> list[Day]:
    """Every day of the window, ending today (UTC), with none left out (a day without runs
    is a zero)."""
    first = today - timedelta(days=days - 1)
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    counts: dict[date, list[int]] = {first + timedelta(days=i): [0, 0] for i in range(days)}
    rows = session.execute(
        select(Submission.created_at, Submission.verdict)
        .where(Submission.user_id == user.id, Submission.mode == Mode.full,
               Submission.created_at >= start))
    for created, verdict in rows:
        cell = counts.get(created.date())
        if cell is not None:
            cell[0] += 1
            cell[1] += verdict == Verdict.accepted.value
    return [Day(day, runs, accepted) for day, (runs, accepted) in counts.items()]


@dataclass(frozen=True)
class Weak:
    tally: Tally
    suggestion: Metadata | None
    """The easiest problem of the pattern not yet solved (the built-in plan's order among
    equals); None when every one is solved."""


def weakest(catalogue: list[Metadata], marks: dict[str, Mark],
            patterns: list[Tally], count: int = WEAKEST) -> list[Weak]:
    """The patterns one has worked on with the smallest share solved (more failed problems
    first among equals), then, to fill `count`, patterns not yet touched, in the catalogue's
    order of patterns (binary search first). Patterns fully solved are never weak."""
    touched = [t for t in patterns if t.solved + t.attempted and t.solved < t.total]
    touched.sort(key=lambda t: (t.solved / t.total, -t.attempted, PATTERNS.index(t.name)))
    fresh = [t for t in patterns if not t.solved + t.attempted]
    key = easiest_first(catalogue)
    out = []
    for tally in (touched + fresh)[:count]:
        open_ = [m for m in catalogue if tally.name in m.patterns
                 and marks.get(m.slug) != Mark.solved]
        out.append(Weak(tally, min(open_, key=key, default=None)))
    return out
