"""A problem with its editor, and one's submissions, as web pages (the catalogue, the home
page, is api/web/catalogue.py).

The pages show what the API answers (they call the same route functions), so a page can
never show more than the API would, to anyone.
"""

from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request, status
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from judge.errors import JudgeError
from judge.grading.results.contract import result_from_json
from judge.grading.results.verdicts import Verdict
from judge.service import mock, submissions
from judge.service.store.models import Mode, utcnow

from ..deps import ServicesDep, SessionDep
from ..errors import status_for, wants_json
from ..routes.mocks import mock_public
from ..routes.problems import read_problem
from ..routes.submissions import read_submission
from ..schemas import MAX_ID, Text
from .render import page
from .session import CsrfField, Viewer, check_csrf, required

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50


DIALECT_NAMES = {"sqlite": "SQLite", "duckdb": "DuckDB (PostgreSQL-like)"}


def _problem_page(request: Request, user, session, services, slug: str, code: str | None = None,
                  error: str | None = None, status_code: int = 200,
                  custom_input: str | None = None,
                  dialect: str | None = None) -> HTMLResponse:
    problem = read_problem(slug, services)
    recent = submissions.list_own(session, user, problem=slug, limit=10) if user else []
    if code is None:  # what the user last sent, else the starter
        code = recent[0].code if recent else problem.starter
    if custom_input is None:  # the last input the user tried, else the first example
        custom_input = next((s.input for s in recent if s.input), problem.input_example)
    if dialect is None and user and problem.kind == "sql":  # the user's last choice
        dialect = submissions.last_dialect(session, user)
    running = mock.running(session, user, utcnow()) if user else None
    interview = (mock_public(session, services, running)
                 if running is not None and slug in running.problems[:len(running.shown)]
                 else None)  # the banner: on the interview's problems only
    return page(request, "problem.html", user, status_code=status_code, problem=problem,
                code=code, error=error, recent=recent, custom_input=custom_input,
                dialect=dialect or "sqlite", dialects=DIALECT_NAMES, interview=interview,
                now=utcnow())


@router.get("/problems/{slug}", response_class=HTMLResponse)
def problem_page(request: Request, slug: Annotated[str, Path(max_length=100)], user: Viewer,
                 session: SessionDep, services: ServicesDep) -> HTMLResponse:
    return _problem_page(request, user, session, services, slug)


@router.post("/problems/{slug}/submit", response_class=HTMLResponse)
def submit(request: Request, slug: Annotated[str, Path(max_length=100)], user: Viewer,
           session: SessionDep, services: ServicesDep, code: Annotated[Text, Form()],
           csrf: CsrfField = "",
           mode: Annotated[str, Form(max_length=10)] = "full",
           input: Annotated[Text | None, Form()] = None,
           dialect: Annotated[str | None, Form(max_length=10)] = None):
    """Queues a submission. A form posted by the page's script (asking for JSON) gets the
    submission's addresses to follow it in the results panel, and every refusal as JSON
    (api/errors.py); a plain form goes to the submission's page, and a refusal comes back
    above the editor, code and input kept.

    The input's size is the service's to check, and only for a run on it: the other
    buttons send the form's input field too, and ignore it (the body's cap bounds it)."""
    user = required(request, user)
    as_json = wants_json(request)
    try:
        check_csrf(request, csrf)
        submission = submissions.create(session, services.settings, services.repository, user,
                                        slug, code, mode,
                                        input if mode == Mode.custom else None, dialect)
    except JudgeError as exc:  # shown above the editor, with the code and input kept
        session.rollback()
        if as_json:  # answered as JSON by api/errors.py, with Retry-After where it applies
            raise
        return _problem_page(request, user, session, services, slug, code=code,
                             error=str(exc), status_code=status_for(exc), custom_input=input,
                             dialect=dialect if dialect in DIALECT_NAMES else None)
    session.commit()
    services.signals.work_queued()
    if as_json:
        return JSONResponse(_follow_urls(submission.id) | {
            "queue_ahead": submissions.queue_ahead(session, submission)},
            status_code=status.HTTP_202_ACCEPTED)
    return RedirectResponse(f"/submissions/{submission.id}", status.HTTP_303_SEE_OTHER)


def _follow_urls(submission_id: int) -> dict:
    """Where a page's script follows a submission: its events, its state, its result."""
    base = f"/submissions/{submission_id}"
    return {"id": submission_id, "url": base, "events_url": f"/api{base}/events",
            "state_url": f"{base}/state", "panel_url": f"{base}/panel"}


@router.get("/submissions", response_class=HTMLResponse)
def my_submissions(request: Request, user: Viewer, session: SessionDep,
                   before: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None
                   ) -> HTMLResponse:
    user = required(request, user)
    rows = submissions.list_own(session, user, limit=PAGE_SIZE, before=before)
    older = rows[-1].id if len(rows) == PAGE_SIZE else None
    return page(request, "submissions.html", user, rows=rows, older=older)


@router.get("/submissions/{submission_id}", response_class=HTMLResponse)
def submission_page(request: Request, submission_id: Annotated[int, Path(ge=1, le=MAX_ID)],
                    user: Viewer, session: SessionDep, services: ServicesDep) -> HTMLResponse:
    user = required(request, user)
    submission = read_submission(submission_id, user, session)
    result = result_from_json(submission.result) if submission.result else None
    try:
        title = services.repository.metadata(submission.problem).title
    except JudgeError:  # a problem since removed
        title = submission.problem
    return page(request, "submission.html", user, submission=submission, result=result,
                title=title, accepted=Verdict.accepted, follow=_follow_urls(submission.id))


@router.get("/submissions/{submission_id}/state")
def submission_state(request: Request, submission_id: Annotated[int, Path(ge=1, le=MAX_ID)],
                     user: Viewer, session: SessionDep) -> JSONResponse:
    """Where a submission stands, for a page's script: its place in the queue while it
    waits, the tests done so far while it runs, the seconds since it was sent."""
    if user is None:
        return JSONResponse({"detail": "log in to see your submissions"}, status_code=401)
    submission = read_submission(submission_id, user, session)
    tests_done = sum(1 for event in submissions.events_after(session, submission_id, 0)
                     if event.kind == "test")
    elapsed = (utcnow() - submission.created_at).total_seconds()
    return JSONResponse({"status": submission.status, "verdict": submission.verdict,
                         "queue_ahead": submission.queue_ahead, "tests_done": tests_done,
                         "elapsed_seconds": round(max(0.0, elapsed), 1)},
                        headers={"Cache-Control": "no-store"})


@router.get("/submissions/{submission_id}/panel", response_class=HTMLResponse)
def submission_panel(request: Request, submission_id: Annotated[int, Path(ge=1, le=MAX_ID)],
                     user: Viewer, session: SessionDep) -> HTMLResponse:
    """A finished submission's result as a fragment, for the problem page's results panel."""
    user = required(request, user)
    submission = read_submission(submission_id, user, session)
    result = result_from_json(submission.result) if submission.result else None
    return page(request, "_panel.html", user, submission=submission, result=result,
                accepted=Verdict.accepted)
