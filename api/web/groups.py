"""Study groups on the web: one's groups, creating and joining one, a group's board with
everyone's progress through its plan, and its members: leave; for the owner, a new invite
code, removing a member, handing the group over. Plans are attached from the CLI or the API."""

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from judge.errors import Conflict, Forbidden, JudgeError, NotFound
from judge.grading.problems.model import CATEGORIES
from judge.service import groups, mock

from ..deps import ServicesDep, SessionDep
from ..errors import status_for
from ..routes.groups import my_groups, read_group, read_leaderboard, read_plan
from ..routes.mocks import group_mocks
from ..schemas import MAX_ID, Text
from .render import page
from .session import CsrfField, Viewer, check_csrf, required

router = APIRouter(include_in_schema=False)


def _groups_page(request: Request, user, session, error: str | None = None,
                 status_code: int = 200, **kept) -> HTMLResponse:
    return page(request, "groups.html", user, status_code=status_code,
                groups=my_groups(user, session), error=error, **kept)


@router.get("/groups", response_class=HTMLResponse)
def groups_page(request: Request, user: Viewer, session: SessionDep) -> HTMLResponse:
    return _groups_page(request, required(request, user), session)


def _group_form(request: Request, user, session, csrf: str, action, **kept):
    """Create or join, then go to the group; a refusal shows the list again with the reason
    and the form's value kept."""
    user = required(request, user)
    check_csrf(request, csrf)
    try:
        group = action(user)
    except JudgeError as exc:
        session.rollback()
        return _groups_page(request, user, session, str(exc), status_for(exc), **kept)
    session.commit()
    return RedirectResponse(f"/groups/{group.id}", status.HTTP_303_SEE_OTHER)


@router.post("/groups", response_class=HTMLResponse)
def create_group(request: Request, user: Viewer, session: SessionDep,
                 name: Annotated[Text, Form()], csrf: CsrfField = ""):
    # the name's rule is the service's (groups.check_name): a refusal in its words, the
    # form kept; the body's cap bounds what is read
    return _group_form(request, user, session, csrf,
                       lambda me: groups.create(session, me, name), name=name)


@router.post("/groups/join", response_class=HTMLResponse)
def join_group(request: Request, user: Viewer, session: SessionDep,
               invite_code: Annotated[Text, Form(max_length=200)], csrf: CsrfField = ""):
    return _group_form(request, user, session, csrf,
                       lambda me: groups.join(session, me, invite_code), invite_code=invite_code)


GroupId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _group_view(request: Request, user, session, services, group_id: int, window: str = "all",
                error: str | None = None, status_code: int = 200) -> HTMLResponse:
    group = read_group(group_id, user, session, services)  # 404 for anyone but a member
    board = read_leaderboard(group_id, user, session, services, window=window)
    plan = read_plan(group_id, user, session, services)
    mocks = group_mocks(group_id, user, session, services)
    return page(request, "group.html", user, status_code=status_code, group=group, board=board,
                plan=plan, window=window, categories=CATEGORIES, error=error, mocks=mocks,
                rounds=mock.ROUNDS)


@router.get("/groups/{group_id}", response_class=HTMLResponse)
def group_page(request: Request, group_id: GroupId, user: Viewer, session: SessionDep,
               services: ServicesDep,
               window: Annotated[Literal["all", "week"], Query()] = "all") -> HTMLResponse:
    return _group_view(request, required(request, user), session, services, group_id, window)


def _member_action(request: Request, user, session, services, group_id: int, csrf: str,
                   action, done_path: str | None = None):
    """An action from the group's page; then back to it (or to `done_path`). A refusal (403
    for a member trying an owner's action, 409, 404) shows the page again with the reason;
    to someone who is not a member the group does not exist."""
    user = required(request, user)
    check_csrf(request, csrf)
    try:
        action(user)
    except (Forbidden, Conflict, NotFound) as exc:
        session.rollback()
        return _group_view(request, user, session, services, group_id, error=str(exc),
                           status_code=status_for(exc))
    session.commit()
    return RedirectResponse(done_path or f"/groups/{group_id}", status.HTTP_303_SEE_OTHER)


@router.post("/groups/{group_id}/leave", response_class=HTMLResponse)
def leave_group(request: Request, group_id: GroupId, user: Viewer, session: SessionDep,
                services: ServicesDep, csrf: CsrfField = ""):
    return _member_action(request, user, session, services, group_id, csrf,
                          lambda me: groups.leave(session, me, group_id), done_path="/groups")


@router.post("/groups/{group_id}/invite", response_class=HTMLResponse)
def rotate_invite(request: Request, group_id: GroupId, user: Viewer, session: SessionDep,
                  services: ServicesDep, csrf: CsrfField = ""):
    return _member_action(request, user, session, services, group_id, csrf,
                          lambda me: groups.rotate_invite(session, me, group_id))


ON_A_MEMBER = {"remove": groups.remove_member, "owner": groups.transfer}
"""The owner's actions on one member: remove them, or make them the owner."""


@router.post("/groups/{group_id}/{action}", response_class=HTMLResponse)
def act_on_member(request: Request, group_id: GroupId, action: Literal["remove", "owner"],
                  user: Viewer, session: SessionDep, services: ServicesDep,
                  username: Annotated[Text, Form(max_length=64)], csrf: CsrfField = ""):
    return _member_action(request, user, session, services, group_id, csrf,
                          lambda me: ON_A_MEMBER[action](session, me, group_id, username))
