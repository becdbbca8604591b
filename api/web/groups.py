"""Study groups on the web: one's groups, creating and joining one, and a group's board with
everyone's progress through its plan. Owner actions stay in the CLI and the API."""

from typing import Annotated, Literal

from fastapi import APIRouter, Form, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from judge import groups
from judge.errors import JudgeError
from judge.problems.model import CATEGORIES

from ..deps import ServicesDep, SessionDep
from ..errors import status_for
from ..routes.groups import my_groups, read_group, read_leaderboard, read_plan
from ..schemas import MAX_ID, Text
from .render import page
from .session import Viewer, check_csrf, required

router = APIRouter(include_in_schema=False)
Csrf = Annotated[str, Form(max_length=200)]


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
                 name: Annotated[Text, Form(max_length=200)], csrf: Csrf = ""):
    return _group_form(request, user, session, csrf,
                       lambda me: groups.create(session, me, name), name=name)


@router.post("/groups/join", response_class=HTMLResponse)
def join_group(request: Request, user: Viewer, session: SessionDep,
               invite_code: Annotated[Text, Form(max_length=200)], csrf: Csrf = ""):
    return _group_form(request, user, session, csrf,
                       lambda me: groups.join(session, me, invite_code), invite_code=invite_code)


@router.get("/groups/{group_id}", response_class=HTMLResponse)
def group_page(request: Request, group_id: Annotated[int, Path(ge=1, le=MAX_ID)],
               user: Viewer, session: SessionDep, services: ServicesDep,
               window: Annotated[Literal["all", "week"], Query()] = "all") -> HTMLResponse:
    user = required(request, user)
    group = read_group(group_id, user, session)  # 404 for anyone but a member
    board = read_leaderboard(group_id, user, session, services, window=window)
    plan = read_plan(group_id, user, session, services)
    return page(request, "group.html", user, group=group, board=board, plan=plan,
                window=window, categories=CATEGORIES)
