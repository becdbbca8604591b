"""The review queue on the web: what is due now, what comes up in the next two weeks."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..deps import ServicesDep, SessionDep
from ..routes.review import review_public
from .render import page
from .session import Viewer, required

router = APIRouter(include_in_schema=False)


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, user: Viewer, session: SessionDep,
                services: ServicesDep) -> HTMLResponse:
    user = required(request, user)
    return page(request, "review.html", user, queue=review_public(session, services, user))
