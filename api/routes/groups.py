from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query, status
from sqlalchemy.orm import Session

from judge.grading.problems.model import CATEGORIES
from judge.service import groups, leaderboard
from judge.service.plans import Plan, parse_plan, stored_plan
from judge.service.store.models import Group, User, utcnow

from ..deps import CurrentUser, ServicesDep, SessionDep
from ..responses import errors
from ..schemas import (
    MAX_ID,
    BoardRow,
    GroupCreate,
    GroupJoin,
    GroupPublic,
    GroupSummary,
    LeaderboardPublic,
    MemberName,
    MemberPublic,
    PlanCreate,
    PlanPublic,
    PlanSummary,
    Text,
    WindowPublic,
)
from .plan import plan_weeks

router = APIRouter(prefix="/api/groups", tags=["study groups"], responses=errors(401, 503))
GroupId = Annotated[int, Path(ge=1, le=MAX_ID, description="the group's id")]
Username = Annotated[Text, Path(max_length=64)]


def _plan_summary(group: Group, plan: Plan) -> PlanSummary:
    return PlanSummary(name=plan.name, default=group.plan is None, weeks=len(plan.weeks),
                       problems=len(plan.slugs()), started_at=group.plan_started_at,
                       current_week=plan.current_week(group.plan_started_at, utcnow()))


def _public(session: Session, group: Group, services) -> GroupPublic:
    people = groups.members(session, group)
    owner = next(user.username for user, _ in people if user.id == group.owner_id)
    return GroupPublic(
        id=group.id, name=group.name, owner=owner, invite_code=group.invite_code,
        created_at=group.created_at,
        members=[MemberPublic(username=user.username, joined_at=membership.joined_at,
                              owner=user.id == group.owner_id) for user, membership in people],
        plan=_plan_summary(group, stored_plan(group.plan, services.repository.catalogue())))




@router.post("", status_code=status.HTTP_201_CREATED, responses=errors(413, 422))
def create_group(body: GroupCreate, user: CurrentUser, session: SessionDep,
                 services: ServicesDep) -> GroupPublic:
    """Create a study group; you own it. Share its invite code to let others join."""
    group = groups.create(session, user, body.name)
    session.commit()
    return _public(session, group, services)


@router.get("")
def my_groups(user: CurrentUser, session: SessionDep) -> list[GroupSummary]:
    return [GroupSummary(id=group.id, name=group.name, owner=owner, members=members,
                         role="owner" if group.owner_id == user.id else "member")
            for group, members, owner in groups.mine(session, user)]


@router.post("/join", responses=errors(404, 413, 422))
def join_group(body: GroupJoin, user: CurrentUser, session: SessionDep,
               services: ServicesDep) -> GroupPublic:
    group = groups.join(session, user, body.invite_code)
    session.commit()
    return _public(session, group, services)


@router.get("/{group_id}", responses=errors(404, 422))
def read_group(group_id: GroupId, user: CurrentUser, session: SessionDep,
               services: ServicesDep) -> GroupPublic:
    """The group, its members and its plan: for members only (404 for anyone else)."""
    return _public(session, groups.visible(session, user, group_id), services)


@router.post("/{group_id}/invite", responses=errors(403, 404, 422))
def rotate_invite(group_id: GroupId, user: CurrentUser, session: SessionDep,
                  services: ServicesDep) -> GroupPublic:
    """A new invite code (owner only); the old one stops working."""
    group = groups.rotate_invite(session, user, group_id)
    session.commit()
    return _public(session, group, services)


@router.post("/{group_id}/leave", status_code=status.HTTP_204_NO_CONTENT,
             responses=errors(404, 409, 422))
def leave_group(group_id: GroupId, user: CurrentUser, session: SessionDep) -> None:
    """Leave the group. The owner can leave only as its last member, which deletes it."""
    groups.leave(session, user, group_id)
    session.commit()


@router.delete("/{group_id}/members/{username}", status_code=status.HTTP_204_NO_CONTENT,
               responses=errors(403, 404, 409, 422))
def remove_member(group_id: GroupId, username: Username, user: CurrentUser,
                  session: SessionDep) -> None:
    """Remove a member (owner only)."""
    groups.remove_member(session, user, group_id, username)
    session.commit()


@router.post("/{group_id}/owner", responses=errors(403, 404, 413, 422))
def transfer_ownership(group_id: GroupId, body: MemberName, user: CurrentUser,
                       session: SessionDep, services: ServicesDep) -> GroupPublic:
    """Make another member the owner (owner only)."""
    group = groups.transfer(session, user, group_id, body.username)
    session.commit()
    return _public(session, group, services)


@router.get("/{group_id}/leaderboard", responses=errors(404, 422))
def read_leaderboard(
        group_id: GroupId, user: CurrentUser, session: SessionDep, services: ServicesDep,
        window: Annotated[Literal["all", "week"], Query(
            description="all time, or this week (Monday to Sunday, UTC)")] = "all",
        start: Annotated[date | None, Query(description="first day counted (UTC)")] = None,
        end: Annotated[date | None, Query(description="last day counted (UTC)")] = None,
) -> LeaderboardPublic:
    """Members ranked by points (distinct problems Accepted, weighted by difficulty); ties go
    to who reached the score first. A date range (start, end) overrides `window`."""
    group = groups.visible(session, user, group_id)
    if start or end:
        span = leaderboard.Window.dates(start, end)
    elif window == "week":
        span = leaderboard.Window.this_week(utcnow())
    else:
        span = leaderboard.Window()
    catalogue = {meta.slug: meta for meta in services.repository.catalogue()}
    rows = leaderboard.board(session, group.id, catalogue,
                             stored_plan(group.plan, catalogue.values()), span)
    return LeaderboardPublic(
        group_id=group.id, group=group.name,
        window=WindowPublic(label=span.label, start=span.start, end=span.end),
        points=leaderboard.POINTS, categories=list(CATEGORIES),
        rows=[BoardRow(rank=r.rank, username=r.username, points=r.points, solved=r.solved,
                       by_category=r.by_category, attempts=r.attempts,
                       last_activity=r.last_activity, reached_at=r.reached_at,
                       plan_done=r.plan_done, plan_total=r.plan_total) for r in rows])


def _plan_public(session: Session, services, user: User, group: Group) -> PlanPublic:
    plan = stored_plan(group.plan, services.repository.catalogue())
    solved = leaderboard.plan_progress(session, user, plan)
    return PlanPublic(group_id=group.id, name=plan.name, default=group.plan is None,
                      started_at=group.plan_started_at,
                      current_week=plan.current_week(group.plan_started_at, utcnow()),
                      done=len(solved), total=len(plan.slugs()),
                      weeks=plan_weeks(services.repository, plan, solved))


@router.get("/{group_id}/plan", responses=errors(404, 422))
def read_plan(group_id: GroupId, user: CurrentUser, session: SessionDep,
              services: ServicesDep) -> PlanPublic:
    """The group's study plan, week by week, with your own progress."""
    group = groups.visible(session, user, group_id)
    return _plan_public(session, services, user, group)


@router.put("/{group_id}/plan", responses=errors(403, 404, 413, 422))
def set_plan(group_id: GroupId, body: PlanCreate, user: CurrentUser, session: SessionDep,
             services: ServicesDep) -> PlanPublic:
    """Attach a plan of weeks (owner only); its week 1 starts now."""
    groups.owned(session, user, group_id, "change the study plan")
    plan = parse_plan(body.model_dump(), services.repository)
    group = groups.set_plan(session, user, group_id, plan)
    session.commit()
    return _plan_public(session, services, user, group)


@router.delete("/{group_id}/plan", responses=errors(403, 404, 422))
def reset_plan(group_id: GroupId, user: CurrentUser, session: SessionDep,
               services: ServicesDep) -> PlanPublic:
    """Go back to the built-in five-week plan (owner only); its week 1 starts now."""
    group = groups.set_plan(session, user, group_id, None)
    session.commit()
    return _plan_public(session, services, user, group)
