"""Mock interviews on the web: start one, the running one (its clock, its current problem,
next and finish), and a report (one's own, or one a fellow member shared)."""

from typing import Annotated

from fastapi import APIRouter, Form, Path, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from judge.errors import Conflict, NotFound, SubmissionRejected
from judge.service import mock, progress
from judge.service.store.models import utcnow

from ..deps import ServicesDep, SessionDep
from ..errors import status_for
from ..routes.mocks import mock_public, mock_summary
from ..schemas import MAX_ID
from .render import page
from .session import CsrfField, Viewer, check_csrf, required

router = APIRouter(include_in_schema=False)
MockId = Annotated[int, Path(ge=1, le=MAX_ID)]


def _mock_page(request: Request, user, session, services, error: str | None = None,
               status_code: int = 200, **kept) -> HTMLResponse:
    running = mock.running(session, user, utcnow())
    history = mock.history(session, user, utcnow())
    session.commit()  # any whose time ran out is closed for good
    return page(request, "mock.html", user, status_code=status_code, error=error,
                interview=None if running is None else mock_public(session, services, running),
                history=[mock_summary(session, services, m, user.username) for m in history],
                rounds=mock.ROUNDS, default_minutes=mock.DEFAULT_MINUTES,
                min_minutes=mock.MIN_MINUTES, max_minutes=mock.MAX_MINUTES, now=utcnow(),
                **kept)


@router.get("/mock", response_class=HTMLResponse)
def mock_page(request: Request, user: Viewer, session: SessionDep,
              services: ServicesDep) -> HTMLResponse:
    return _mock_page(request, required(request, user), session, services)


def _act(request: Request, user, session, services, csrf: str, action, **kept):
    user = required(request, user)
    check_csrf(request, csrf)
    try:
        action(user)
    except (Conflict, NotFound, SubmissionRejected) as exc:
        session.rollback()
        return _mock_page(request, user, session, services, str(exc), status_for(exc), **kept)
    session.commit()
    return RedirectResponse("/mock", status.HTTP_303_SEE_OTHER)


@router.post("/mock", response_class=HTMLResponse)
def start_mock(request: Request, user: Viewer, session: SessionDep, services: ServicesDep,
               round_name: Annotated[str, Form(alias="round", max_length=20)] = "",
               minutes: Annotated[str, Form(max_length=10)] = "", csrf: CsrfField = ""):
    def start(me):
        if not minutes.strip().isdigit():
            raise SubmissionRejected(f"a mock interview lasts {mock.MIN_MINUTES}-"
                                     f"{mock.MAX_MINUTES} minutes: give a whole number")
        mock.start(session, me, round_name, int(minutes), services.repository.catalogue(),
                   progress.marks(session, me), utcnow())
    return _act(request, user, session, services, csrf, start, chosen_round=round_name,
                chosen_minutes=minutes)


@router.post("/mock/next", response_class=HTMLResponse)
def next_problem(request: Request, user: Viewer, session: SessionDep, services: ServicesDep,
                 csrf: CsrfField = ""):
    return _act(request, user, session, services, csrf,
                lambda me: mock.advance(session, me, utcnow()))


@router.post("/mock/finish", response_class=HTMLResponse)
def finish_mock(request: Request, user: Viewer, session: SessionDep, services: ServicesDep,
                csrf: CsrfField = ""):
    user = required(request, user)
    check_csrf(request, csrf)
    try:
        interview = mock.finish(session, user, utcnow())
    except NotFound as exc:
        session.rollback()
        return _mock_page(request, user, session, services, str(exc), status_for(exc))
    session.commit()
    return RedirectResponse(f"/mock/{interview.id}", status.HTTP_303_SEE_OTHER)


def _report_page(request: Request, user, session, services, mock_id: int) -> HTMLResponse:
    interview = mock.visible(session, user, mock_id, utcnow())
    session.commit()
    return page(request, "mock_report.html", user,
                report=mock_public(session, services, interview),
                mine=interview.user_id == user.id)


@router.get("/mock/{mock_id}", response_class=HTMLResponse)
def report_page(request: Request, mock_id: MockId, user: Viewer, session: SessionDep,
                services: ServicesDep) -> HTMLResponse:
    return _report_page(request, required(request, user), session, services, mock_id)


@router.post("/mock/{mock_id}/sharing", response_class=HTMLResponse)
def share_mock(request: Request, mock_id: MockId, user: Viewer, session: SessionDep,
               services: ServicesDep, shared: Annotated[str, Form(max_length=5)] = "",
               csrf: CsrfField = ""):
    user = required(request, user)
    check_csrf(request, csrf)
    mock.set_shared(session, user, mock_id, shared == "yes", utcnow())  # 404 for others
    session.commit()
    return RedirectResponse(f"/mock/{mock_id}", status.HTTP_303_SEE_OTHER)
