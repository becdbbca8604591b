"""Your plan on the web: this week open, what is done, the next problem, every week below,
and the choice of plan (the built-in one, or the plan of a group you are in)."""

from typing import Annotated

from fastapi import APIRouter, Form, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from judge.errors import NotFound
from judge.service import my_plan

from ..deps import ServicesDep, SessionDep
from ..errors import status_for
from ..routes.groups import my_groups
from ..routes.plan import my_plan_public
from ..schemas import MAX_ID
from .render import page
from .session import CsrfField, Viewer, check_csrf, required

router = APIRouter(include_in_schema=False)


def _plan_page(request: Request, user, session, services, error: str | None = None,
               status_code: int = 200) -> HTMLResponse:
    return page(request, "plan.html", user, status_code=status_code,
                plan=my_plan_public(session, services, user),
                groups=my_groups(user, session), error=error)


@router.get("/plan", response_class=HTMLResponse)
def plan_page(request: Request, user: Viewer, session: SessionDep,
              services: ServicesDep) -> HTMLResponse:
    return _plan_page(request, required(request, user), session, services)


@router.post("/plan", response_class=HTMLResponse)
def follow_plan(request: Request, user: Viewer, session: SessionDep, services: ServicesDep,
                group: Annotated[str, Form(max_length=20)] = "", csrf: CsrfField = ""):
    """group: a group's id, or empty for the built-in plan (from now)."""
    user = required(request, user)
    check_csrf(request, csrf)
    try:
        if group and not (group.isdigit() and 1 <= int(group) <= MAX_ID):
            raise NotFound(f"no group {group}")
        my_plan.follow(session, user, int(group) if group else None)
    except NotFound as exc:
        session.rollback()
        return _plan_page(request, user, session, services, str(exc), status_for(exc))
    session.commit()
    return RedirectResponse("/plan", status.HTTP_303_SEE_OTHER)
