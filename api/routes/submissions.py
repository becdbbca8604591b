import time
from collections.abc import AsyncIterator, Iterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Query, Request, status
from fastapi.concurrency import run_in_threadpool
from fastapi.sse import EventSourceResponse, ServerSentEvent

from judge.errors import RateLimited
from judge.grading.results.verdicts import Verdict
from judge.service import mock, submissions
from judge.service.store.models import Mode, Status, Submission, User, utcnow

from ..deps import SESSION_COOKIE, Credentials, CurrentUser, ServicesDep, SessionDep, authenticate
from ..responses import errors
from ..schemas import (
    MAX_ID,
    SubmissionAccepted,
    SubmissionCreate,
    SubmissionPublic,
    SubmissionSummary,
    Text,
)

router = APIRouter(prefix="/api/submissions", tags=["submissions"],
                   responses=errors(401, 422, 503))
SubmissionId = Annotated[int, Path(ge=1, le=MAX_ID)]

POLL_SECONDS = 0.25
STREAM_RETRY_SECONDS = 5


def _summary(s: Submission) -> dict:
    return dict(id=s.id, problem=s.problem_slug, mode=s.mode, dialect=s.dialect,
                status=s.status, verdict=s.verdict, created_at=s.created_at,
                finished_at=s.finished_at)


AGREES = "Your answer agrees with the reference solution's on your input."
"""A run on one's own input that is Accepted: one input, no tests (the verdict's own
explanation says every test passed)."""


def _result(s: Submission) -> dict | None:
    if s.result and s.mode == Mode.custom and s.result.get("verdict") == Verdict.accepted:
        return {**s.result, "explanation": AGREES}
    return s.result


def _first_failure(result: dict | None) -> dict | None:
    if not result:
        return None
    return next((t for t in result.get("tests", []) if t.get("verdict") != Verdict.accepted), None)


@router.post("", status_code=status.HTTP_202_ACCEPTED, responses=errors(404, 413, 429))
def create_submission(body: SubmissionCreate, user: CurrentUser, session: SessionDep,
                      services: ServicesDep, request: Request) -> SubmissionAccepted:
    """Store the submission and queue it; it is graded in the background. Follow its
    progress at `events_url` or poll `url`."""
    submission = submissions.create(session, services.settings, services.repository, user,
                                    body.problem, body.code, body.mode, body.input,
                                    body.dialect)
    session.commit()
    services.signals.work_queued()
    url = str(request.url_for("read_submission", submission_id=submission.id))
    return SubmissionAccepted(id=submission.id, status=submission.status, url=url,
                              events_url=url + "/events",
                              queue_ahead=submissions.queue_ahead(session, submission))


@router.get("")
def list_submissions(user: CurrentUser, session: SessionDep,
                     problem: Annotated[Text | None, Query(max_length=100)] = None,
                     limit: Annotated[int, Query(ge=1, le=200)] = 50,
                     before: Annotated[int | None, Query(ge=1, le=MAX_ID,
                                                         description="older than this id")]
                     = None) -> list[SubmissionSummary]:
    """Your own submissions, newest first."""
    rows = submissions.list_own(session, user, problem=problem, limit=limit, before=before)
    return [SubmissionSummary(**_summary(s)) for s in rows]


@router.get("/{submission_id}", responses=errors(404))
def read_submission(submission_id: SubmissionId, user: CurrentUser,
                    session: SessionDep) -> SubmissionPublic:
    """One of your submissions: status, verdict, every test, the first failing case."""
    s = submissions.get_own(session, user, submission_id)
    result = _result(s)
    if result and mock.hides_hints(session, user, s.problem_slug, s.created_at, utcnow()):
        result = {**result, "next_step": ""}  # a mock interview gives no hints
    return SubmissionPublic(**_summary(s), started_at=s.started_at,
                            sandbox_ready_at=s.sandbox_ready_at, graded_at=s.graded_at,
                            attempts=s.attempts,
                            queue_ahead=submissions.queue_ahead(session, s),
                            code=s.code, input=s.input, result=result,
                            first_failure=_first_failure(s.result))


def _stream_owner(submission_id: SubmissionId, services: ServicesDep,
                  credentials: Credentials, request: Request) -> User:
    """The owner of the submission to stream, checked before the stream starts (so others
    get a plain 404), in a session of its own: no connection is held while streaming. A web
    page's EventSource cannot send a header, so the login cookie counts here too."""
    with services.sessions() as session:
        user = authenticate(session, credentials, request.cookies.get(SESSION_COOKIE))
        submissions.get_own(session, user, submission_id)
        return user


def _stream_slot(user: Annotated[User, Depends(_stream_owner)],
                 services: ServicesDep) -> Iterator[User]:
    """One of the user's stream slots, held until the stream ends (a dependency's exit runs
    after the response is sent)."""
    if not services.streams.acquire(user.id):
        raise RateLimited(f"you have {services.streams.per_user} event streams open already; "
                          "close one, or poll the submission instead",
                          retry_after=STREAM_RETRY_SECONDS)
    try:
        yield user
    finally:
        services.streams.release(user.id)


@router.get("/{submission_id}/events", response_class=EventSourceResponse,
            responses=errors(401, 404, 422, 429, 503, stream=True))
async def submission_events(
        submission_id: SubmissionId, user: Annotated[User, Depends(_stream_slot)],
        services: ServicesDep, request: Request,
        last_event_id: Annotated[str | None, Header()] = None) -> AsyncIterator[ServerSentEvent]:
    """Grading progress as server-sent events: `started`, one `test` per finished test,
    then `finished` with the verdict, after which the stream ends. Reconnecting with
    `Last-Event-ID` resumes after that event. If the grade is started again (its worker
    died), a new `started` follows and the tests are sent again: the stream carries the
    current attempt only. A user may hold `JUDGE_STREAMS_PER_USER` (8) streams open at once;
    more get 429."""

    def fetch(after: int) -> tuple[list, str]:
        with services.sessions() as session:
            own = submissions.get_own(session, user, submission_id)
            rows = submissions.events_after(session, submission_id, after)
            return [(e.id, e.kind, e.data) for e in rows], own.status

    after = (min(int(last_event_id), MAX_ID)
             if last_event_id and last_event_id.isascii() and last_event_id.isdigit() else 0)
    deadline = time.monotonic() + services.settings.stream_timeout_seconds
    while time.monotonic() < deadline:
        events, state = await run_in_threadpool(fetch, after)
        for event_id, kind, data in events:
            after = event_id
            yield ServerSentEvent(id=str(event_id), event=kind, data=data)
            if kind == "finished":
                return
        if state == Status.done and not events:
            return
        if await request.is_disconnected():
            return
        # woken as soon as a worker (here, or elsewhere through PostgreSQL) writes progress;
        # the timeout keeps polling for workers on a shared SQLite file, and for disconnects
        await services.signals.wait_for_progress(submission_id, POLL_SECONDS)
