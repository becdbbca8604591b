"""Study groups: who may see and change what. Outsiders get NotFound, never a hint that a
group exists; members who try an owner's action get Forbidden."""

import secrets

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import Conflict, Forbidden, NotFound, SubmissionRejected
from .plans import Plan
from .store.models import Group, Membership, User, utcnow

MAX_NAME = 64


def _invite_code() -> str:
    """Never starting with '-': a code is typed on command lines, where that reads as an
    option (`judge group join -0XP...` failed)."""
    while True:
        code = secrets.token_urlsafe(12)
        if not code.startswith("-"):
            return code


def check_name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= MAX_NAME:
        raise SubmissionRejected(f"a group name is 1-{MAX_NAME} characters")
    return name


def create(session: Session, owner: User, name: str) -> Group:
    group = Group(name=check_name(name), owner_id=owner.id, invite_code=_invite_code())
    session.add(group)
    session.flush()
    session.add(Membership(group_id=group.id, user_id=owner.id))
    session.flush()
    return group


def is_member(session: Session, group_id: int, user: User) -> bool:
    return session.get(Membership, (group_id, user.id)) is not None


def visible(session: Session, user: User, group_id: int) -> Group:
    """The group, if `user` is a member; otherwise as if it did not exist."""
    group = session.get(Group, group_id)
    if group is None or not is_member(session, group_id, user):
        raise NotFound(f"no group {group_id}")
    return group


def owned(session: Session, user: User, group_id: int, action: str) -> Group:
    group = visible(session, user, group_id)
    if group.owner_id != user.id:
        raise Forbidden(f"only the group's owner can {action}")
    return group


def mine(session: Session, user: User) -> list[tuple[Group, int, str]]:
    """The user's groups with their member counts and owners' names (one query)."""
    counts = (select(Membership.group_id, func.count().label("members"))
              .group_by(Membership.group_id).subquery())
    rows = session.execute(
        select(Group, counts.c.members, User.username)
        .join(Membership, (Membership.group_id == Group.id) & (Membership.user_id == user.id))
        .join(counts, counts.c.group_id == Group.id)
        .join(User, User.id == Group.owner_id).order_by(Group.id)).all()
    return [(group, members, owner) for group, members, owner in rows]


def members(session: Session, group: Group) -> list[tuple[User, Membership]]:
    return list(session.execute(
        select(User, Membership).join(Membership, Membership.user_id == User.id)
        .where(Membership.group_id == group.id).order_by(Membership.joined_at, User.id)).all())


def join(session: Session, user: User, invite_code: str) -> Group:
    group = session.scalar(select(Group).where(Group.invite_code == invite_code.strip()))
    if group is None:
        raise NotFound("no group has that invite code (ask its owner for the current one)")
    if not is_member(session, group.id, user):
        session.add(Membership(group_id=group.id, user_id=user.id))
        session.flush()
    return group


def rotate_invite(session: Session, user: User, group_id: int) -> Group:
    group = owned(session, user, group_id, "change the invite code")
    group.invite_code = _invite_code()
    return group


def leave(session: Session, user: User, group_id: int) -> bool:
    """Leaves the group; True if that deleted it (its owner was its last member)."""
    group = visible(session, user, group_id)
    count = session.scalar(select(func.count()).select_from(Membership)
                           .where(Membership.group_id == group.id))
    if group.owner_id == user.id:
        if count > 1:
            raise Conflict("the owner cannot leave while others are in the group: transfer "
                           "ownership first")
        session.delete(group)
        session.flush()
        return True
    session.delete(session.get(Membership, (group.id, user.id)))
    return False


def _member_named(session: Session, group: Group, username: str) -> User:
    user = session.scalar(select(User).join(Membership, Membership.user_id == User.id)
                          .where(Membership.group_id == group.id,
                                 User.username == username.strip().lower()))
    if user is None:
        raise NotFound(f"{username!r} is not a member of this group")
    return user


def remove_member(session: Session, owner: User, group_id: int, username: str) -> None:
    group = owned(session, owner, group_id, "remove members")
    member = _member_named(session, group, username)
    if member.id == owner.id:
        raise Conflict("the owner cannot remove themselves: transfer ownership, then leave")
    session.delete(session.get(Membership, (group.id, member.id)))


def transfer(session: Session, owner: User, group_id: int, username: str) -> Group:
    group = owned(session, owner, group_id, "transfer ownership")
    group.owner_id = _member_named(session, group, username).id
    return group


def set_plan(session: Session, owner: User, group_id: int, plan: Plan | None) -> Group:
    """Attaches a plan (None: back to the built-in one); its week 1 starts now."""
    group = owned(session, owner, group_id, "change the study plan")
    group.plan = None if plan is None else plan.model_dump()
    group.plan_started_at = utcnow()
    return group
