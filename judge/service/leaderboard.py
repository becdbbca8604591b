"""A group's leaderboard, computed in three grouped queries whatever the group's size.

Points: each distinct problem a member got Accepted in the window, weighted by difficulty.
Ties go to whoever reached the score first: the time of the submission that completed it
(the latest of their first Accepted submissions, one per problem counted). Only full
submissions count: a samples-only run is practice. The board is computed from the verdicts
as they stand, so a rejudge that changes a verdict changes the board.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..errors import SubmissionRejected
from ..grading.problems.model import Metadata
from ..grading.results.verdicts import Verdict
from .plans import Plan
from .store.models import Membership, Mode, Submission, User

POINTS = {"easy": 1, "medium": 2, "hard": 3}
ACCEPTED = Verdict.accepted.value


@dataclass(frozen=True)
class Window:
    start: datetime | None = None
    """Inclusive."""
    end: datetime | None = None
    """Exclusive."""
    label: str = "all time"

    @classmethod
    def this_week(cls, now: datetime) -> "Window":
        """Monday 00:00 UTC to the next Monday."""
        monday = datetime.combine(now.astimezone(UTC).date() - timedelta(days=now.weekday()),
                                  time(), tzinfo=UTC)
        return cls(monday, monday + timedelta(days=7),
                   f"this week ({monday:%Y-%m-%d} to {monday + timedelta(days=6):%Y-%m-%d})")

    @classmethod
    def dates(cls, first: date | None, last: date | None) -> "Window":
        """Whole days in UTC, both ends included."""
        if first and last and last < first:
            raise SubmissionRejected(f"the window ends ({last}) before it starts ({first})")
        start = datetime.combine(first, time(), tzinfo=UTC) if first else None
        end = (datetime.combine(last + timedelta(days=1), time(), tzinfo=UTC)
               if last and last < date.max else None)
        label = f"{first or 'the beginning'} to {last or 'now'}"
        return cls(start, end, label)

    def clause(self):
        parts = []
        if self.start is not None:
            parts.append(Submission.created_at >= self.start)
        if self.end is not None:
            parts.append(Submission.created_at < self.end)
        return and_(True, *parts)


@dataclass
class Row:
    username: str
    points: int = 0
    solved: int = 0
    by_category: dict[str, int] = field(default_factory=dict)
    attempts: int = 0
    last_activity: datetime | None = None
    reached_at: datetime | None = None
    """When the member's score reached its value: the tie-breaker."""
    plan_done: int = 0
    plan_total: int = 0
    rank: int = 0


def board(session: Session, group_id: int, catalogue: dict[str, Metadata], plan: Plan,
          window: Window) -> list[Row]:
    in_group = and_(Membership.user_id == Submission.user_id, Membership.group_id == group_id)
    counted = and_(Submission.mode == Mode.full, window.clause())
    rows = {user_id: Row(username=name) for user_id, name in session.execute(
        select(User.id, User.username).join(Membership, Membership.user_id == User.id)
        .where(Membership.group_id == group_id))}

    solved = session.execute(
        select(Submission.user_id, Submission.problem_slug, func.min(Submission.created_at))
        .join(Membership, in_group)
        .where(counted, Submission.verdict == ACCEPTED)
        .group_by(Submission.user_id, Submission.problem_slug)).all()
    for user_id, slug, first in solved:
        meta = catalogue.get(slug)
        if meta is None:  # a problem since removed from the repository
            continue
        row = rows[user_id]
        row.points += POINTS[meta.difficulty.value]
        row.solved += 1
        row.by_category[meta.category] = row.by_category.get(meta.category, 0) + 1
        row.reached_at = first if row.reached_at is None else max(row.reached_at, first)

    for user_id, attempts, last in session.execute(
            select(Submission.user_id, func.count(), func.max(Submission.created_at))
            .join(Membership, in_group).where(counted).group_by(Submission.user_id)):
        rows[user_id].attempts = attempts
        rows[user_id].last_activity = last

    plan_slugs = set(plan.slugs())
    done: Counter = Counter()
    for user_id, _slug in session.execute(
            select(Submission.user_id, Submission.problem_slug).join(Membership, in_group)
            .where(Submission.mode == Mode.full, Submission.verdict == ACCEPTED,
                   Submission.problem_slug.in_(plan_slugs))
            .group_by(Submission.user_id, Submission.problem_slug)):
        done[user_id] += 1
    for user_id, row in rows.items():
        row.plan_done, row.plan_total = done[user_id], len(plan_slugs)

    return rank(list(rows.values()))


def rank(rows: list[Row]) -> list[Row]:
    """Most points first; among equals, who reached the score first; full ties share a
    rank (competition ranking: 1, 2, 2, 4)."""
    never = datetime.max.replace(tzinfo=UTC)

    def key(row: Row):
        return (-row.points, row.reached_at or never)

    ordered = sorted(rows, key=lambda row: (*key(row), row.username))
    for index, row in enumerate(ordered):
        same = index > 0 and key(ordered[index - 1]) == key(row)
        row.rank = ordered[index - 1].rank if same else index + 1
    return ordered


def plan_progress(session: Session, user: User, plan: Plan) -> set[str]:
    """The plan's problems the user has Accepted (full runs, any time)."""
    return set(session.scalars(
        select(Submission.problem_slug).distinct()
        .where(Submission.user_id == user.id, Submission.mode == Mode.full,
               Submission.verdict == ACCEPTED, Submission.problem_slug.in_(plan.slugs()))))
