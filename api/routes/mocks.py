"""Mock interviews: start one, work through its problems one at a time against the clock,
finish it, read the report; share reports with your groups."""

from typing import Annotated

from fastapi import APIRouter, Path, status
from sqlalchemy.orm import Session

from judge.errors import JudgeError
from judge.service import groups, mock, progress
from judge.service.store.models import MockInterview, User, utcnow

from ..deps import CurrentUser, ServicesDep, SessionDep
from ..responses import errors
from ..schemas import MAX_ID, MockProblem, MockPublic, MockSharing, MockStart, MockSummary

router = APIRouter(prefix="/api/mocks", tags=["mock interviews"], responses=errors(401, 503))
MockId = Annotated[int, Path(ge=1, le=MAX_ID, description="the mock interview's id")]


def _metadata(repository):
    def find(slug: str):
        try:
            return repository.metadata(slug)
        except JudgeError:  # a problem since removed
            return None
    return find


def mock_public(session: Session, services, interview: MockInterview) -> MockPublic:
    now = utcnow()
    report = mock.report(session, interview, _metadata(services.repository))
    over = interview.finished_at is not None
    listed = report.problems if over else [p for p in report.problems if p.shown_at]
    owner = session.get(User, interview.user_id)
    return MockPublic(
        id=interview.id, user=owner.username, round=interview.round,
        round_title=mock.ROUNDS[interview.round].title, minutes=interview.minutes,
        started_at=interview.started_at, ends_at=interview.ends_at,
        finished_at=interview.finished_at, running=not over,
        seconds_left=0 if over else max(0, int((interview.ends_at - now).total_seconds())),
        position=len(interview.shown), count=len(interview.problems),
        current=None if over else mock.current_slug(interview), shared=interview.shared,
        solved=report.solved, patterns_missed=report.patterns_missed if over else [],
        problems=[MockProblem(
            slug=p.slug, title=p.meta.title if p.meta else p.slug,
            difficulty=p.meta.difficulty.value if p.meta else "?",
            category=p.meta.category if p.meta else "?",
            patterns=list(p.meta.patterns) if p.meta else [], shown_at=p.shown_at,
            attempts=p.attempts,
            solved_after_seconds=None if p.solved_after is None
            else int(p.solved_after.total_seconds())) for p in listed])


def mock_summary(session: Session, services, interview: MockInterview,
                 username: str) -> MockSummary:
    report = mock.report(session, interview, _metadata(services.repository))
    return MockSummary(id=interview.id, user=username, round=interview.round,
                       started_at=interview.started_at, finished_at=interview.finished_at,
                       running=interview.finished_at is None, solved=report.solved,
                       count=len(interview.problems), shared=interview.shared)


@router.post("", status_code=status.HTTP_201_CREATED, responses=errors(409, 413, 422))
def start_mock(body: MockStart, user: CurrentUser, session: SessionDep,
               services: ServicesDep) -> MockPublic:
    """Start a timed interview of problems you have not solved, drawn for the round; the
    first one is shown at once. One runs at a time (409 while another does)."""
    interview = mock.start(session, user, body.round, body.minutes,
                           services.repository.catalogue(), progress.marks(session, user),
                           utcnow())
    session.commit()
    return mock_public(session, services, interview)


@router.get("", responses=errors(422))
def my_mocks(user: CurrentUser, session: SessionDep, services: ServicesDep) -> list[MockSummary]:
    """Your mock interviews, newest first (the last 50)."""
    rows = mock.history(session, user, utcnow())
    session.commit()  # any whose time ran out is closed for good
    return [mock_summary(session, services, interview, user.username) for interview in rows]


@router.get("/current", responses=errors(404))
def current_mock(user: CurrentUser, session: SessionDep, services: ServicesDep) -> MockPublic:
    """The interview running now: the clock and the problem to work on (404 if none)."""
    interview = mock.running_or_404(session, user, utcnow())
    return mock_public(session, services, interview)


@router.post("/current/next", responses=errors(404, 409))
def next_problem(user: CurrentUser, session: SessionDep, services: ServicesDep) -> MockPublic:
    """On to the next problem; there is no going back (409 on the last one)."""
    interview = mock.advance(session, user, utcnow())
    session.commit()
    return mock_public(session, services, interview)


@router.post("/current/finish", responses=errors(404))
def finish_mock(user: CurrentUser, session: SessionDep, services: ServicesDep) -> MockPublic:
    """End the interview now; the answer is its report."""
    interview = mock.finish(session, user, utcnow())
    session.commit()
    return mock_public(session, services, interview)


@router.get("/{mock_id}", responses=errors(404, 422))
def read_mock(mock_id: MockId, user: CurrentUser, session: SessionDep,
              services: ServicesDep) -> MockPublic:
    """One of your interviews, or the report of one a member of your groups shared."""
    interview = mock.visible(session, user, mock_id, utcnow())
    session.commit()
    return mock_public(session, services, interview)


@router.put("/{mock_id}/sharing", responses=errors(404, 413, 422))
def share_mock(mock_id: MockId, body: MockSharing, user: CurrentUser, session: SessionDep,
               services: ServicesDep) -> MockPublic:
    """Show this interview's report to the members of your groups (once it is over), or
    stop showing it."""
    interview = mock.set_shared(session, user, mock_id, body.shared, utcnow())
    session.commit()
    return mock_public(session, services, interview)


group_router = APIRouter(prefix="/api/groups", tags=["study groups"],
                         responses=errors(401, 503))


@group_router.get("/{group_id}/mocks", responses=errors(404, 422))
def group_mocks(group_id: Annotated[int, Path(ge=1, le=MAX_ID, description="the group's id")],
                user: CurrentUser, session: SessionDep,
                services: ServicesDep) -> list[MockSummary]:
    """The finished interviews the group's members chose to share, newest first."""
    groups.visible(session, user, group_id)
    rows = mock.shared_in_group(session, user, group_id, utcnow())
    return [mock_summary(session, services, interview, name) for interview, name in rows]
