"""The plan each user follows, where they are in it and what to do next.

Everyone follows a plan: the built-in one from the day they registered, until they choose a
group's (as a member) or start the built-in one again. A group's plan keeps the group's own
clock, which all its members share; leaving the group (or its deletion) falls back to the
built-in plan, counted from the day of the last choice.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from ..grading.problems.model import Metadata
from . import groups, leaderboard
from .plans import Plan, default_plan, stored_plan
from .store.models import Group, PlanChoice, User, utcnow


@dataclass(frozen=True)
class Followed:
    plan: Plan
    started_at: datetime
    group: Group | None
    """None: the built-in plan."""

    def current_week(self, now: datetime) -> int:
        return self.plan.current_week(self.started_at, now)


def followed(session: Session, user: User, catalogue: Iterable[Metadata]) -> Followed:
    choice = session.get(PlanChoice, user.id)
    if choice is not None and choice.group_id is not None:
        group = session.get(Group, choice.group_id)
        if group is not None and groups.is_member(session, group.id, user):
            return Followed(stored_plan(group.plan, catalogue), group.plan_started_at, group)
    started = choice.started_at if choice is not None else user.created_at
    return Followed(default_plan(catalogue), started, None)


def follow(session: Session, user: User, group_id: int | None) -> None:
    """Follow a group's plan (NotFound unless a member), or None: the built-in plan, whose
    week 1 starts now."""
    if group_id is not None:
        groups.visible(session, user, group_id)
    choice = session.get(PlanChoice, user.id)
    if choice is None:
        choice = PlanChoice(user_id=user.id)
        session.add(choice)
    choice.group_id = group_id
    choice.started_at = utcnow()
    session.flush()


def solved_in(session: Session, user: User, plan: Plan) -> set[str]:
    return leaderboard.plan_progress(session, user, plan)


def next_problem(plan: Plan, done: set[str], current_week: int) -> str | None:
    """The first problem not in `done` (solved, or gone from the catalogue) of this week; once
    the week is done, the first left behind in an earlier week; then the first of a later
    week. None when nothing is left."""
    here = max(current_week, 1) - 1
    order = [here, *range(here), *range(here + 1, len(plan.weeks))]
    for index in order:
        for slug in plan.weeks[index].problems:
            if slug not in done:
                return slug
    return None
