"""Mock interviews: a timed session (45 minutes unless asked otherwise) of problems the user
has not solved, drawn to match one interview round and shown one at a time. Runs sent during
it are graded as usual (without the "what to try next" hint while it lasts); at the end a
report says what was solved, how long each first Accepted took from the moment its problem
was shown, how many runs each took, and the patterns of the problems left unsolved.

The report is read from the submissions (the user's full runs on the session's problems sent
between its start and its end), so nothing is copied and a rejudge moves it too. Reports are
the user's own; each can be shared with the members of the user's groups.
"""

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import Conflict, NotFound, SubmissionRejected
from ..grading.problems.model import Metadata
from ..grading.results.verdicts import Verdict
from . import groups
from .progress import Mark
from .store.models import Membership, MockInterview, Mode, Submission, User

DEFAULT_MINUTES, MIN_MINUTES, MAX_MINUTES = 45, 10, 180
HISTORY = 50


@dataclass(frozen=True)
class Slot:
    categories: tuple[str, ...]
    difficulties: tuple[str, ...]


@dataclass(frozen=True)
class Round:
    title: str
    slots: tuple[Slot, ...]


ANY = ("easy", "medium", "hard")
ROUNDS = {
    "algorithms": Round("Algorithms", (Slot(("algorithms",), ("easy", "medium")),
                                       Slot(("algorithms",), ("medium", "hard")))),
    "ml": Round("ML coding", (Slot(("ml",), ("easy", "medium")),
                              Slot(("ml",), ("medium", "hard")))),
    "statistics": Round("Statistics and experiments",
                        (Slot(("statistics",), ("easy", "medium")),
                         Slot(("statistics",), ("medium", "hard")))),
    "data": Round("SQL and pandas", (Slot(("sql",), ANY), Slot(("pandas",), ANY))),
    "mixed": Round("Mixed", (Slot(("algorithms",), ("medium",)),
                             Slot(("ml", "statistics"), ("easy", "medium")),
                             Slot(("sql", "pandas"), ("easy", "medium")))),
}
"""Each round's problems, one per slot, in the order they are shown."""


def draw(round_name: str, catalogue: Sequence[Metadata], marks: dict[str, Mark],
         rng: random.Random) -> list[str]:
    """One problem a slot, never one the user has solved: untried ones before attempted ones,
    the slot's difficulties before any other of its categories. Refused when a slot has no
    unsolved problem left at all."""
    chosen: list[str] = []
    for slot in ROUNDS[round_name].slots:
        pool = [m for m in catalogue if m.category in slot.categories
                and marks.get(m.slug) != Mark.solved and m.slug not in chosen]
        wanted = [m for m in pool if m.difficulty.value in slot.difficulties]
        for candidates in ([m for m in wanted if m.slug not in marks], wanted,
                           [m for m in pool if m.slug not in marks], pool):
            if candidates:
                chosen.append(rng.choice(sorted(m.slug for m in candidates)))
                break
        else:
            raise Conflict(f"you have solved every {' or '.join(slot.categories)} problem: "
                           "choose another round")
    return chosen


def _close_if_over(mock: MockInterview, now: datetime) -> MockInterview:
    if mock.finished_at is None and now >= mock.ends_at:
        mock.finished_at = mock.ends_at
    return mock


def running(session: Session, user: User, now: datetime) -> MockInterview | None:
    """The user's session still running (one whose time is up is closed on the way)."""
    mock = session.scalar(select(MockInterview).where(
        MockInterview.user_id == user.id, MockInterview.finished_at.is_(None))
        .order_by(MockInterview.id.desc()).limit(1))
    if mock is None or _close_if_over(mock, now).finished_at is not None:
        return None
    return mock


def start(session: Session, user: User, round_name: str, minutes: int,
          catalogue: Sequence[Metadata], marks: dict[str, Mark], now: datetime,
          rng: random.Random | None = None) -> MockInterview:
    if round_name not in ROUNDS:
        raise SubmissionRejected(f"no round {round_name!r}: choose from {', '.join(ROUNDS)}")
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise SubmissionRejected(f"a mock interview lasts {MIN_MINUTES}-{MAX_MINUTES} minutes")
    if running(session, user, now) is not None:
        raise Conflict("a mock interview is already running: finish it first")
    problems = draw(round_name, catalogue, marks, rng or random.SystemRandom())
    mock = MockInterview(user_id=user.id, round=round_name, minutes=minutes,
                         problems=problems, shown=[now.isoformat()], started_at=now,
                         ends_at=now + timedelta(minutes=minutes), shared=False)
    session.add(mock)
    session.flush()
    return mock


def running_or_404(session: Session, user: User, now: datetime) -> MockInterview:
    mock = running(session, user, now)
    if mock is None:
        raise NotFound("no mock interview is running")
    return mock


def advance(session: Session, user: User, now: datetime) -> MockInterview:
    """On to the next problem (there is no going back)."""
    mock = running_or_404(session, user, now)
    if len(mock.shown) >= len(mock.problems):
        raise Conflict("this is the last problem: finish the interview when you are done")
    mock.shown = [*mock.shown, now.isoformat()]
    return mock


def finish(session: Session, user: User, now: datetime) -> MockInterview:
    mock = running_or_404(session, user, now)
    mock.finished_at = now
    return mock


def current_slug(mock: MockInterview) -> str:
    return mock.problems[len(mock.shown) - 1]


def hides_hints(session: Session, user: User, slug: str, sent: datetime,
                now: datetime) -> bool:
    """A run on a problem of the user's running session, sent during it: no hint."""
    mock = running(session, user, now)
    return mock is not None and slug in mock.problems and sent >= mock.started_at


@dataclass(frozen=True)
class ProblemReport:
    meta: Metadata | None
    """None for a problem since removed from the catalogue."""
    slug: str
    shown_at: datetime | None
    """None: time ran out (or the session was finished) before it was reached."""
    attempts: int
    """Full runs sent on it during the session."""
    solved_after: timedelta | None
    """From its showing to the first Accepted run sent during the session."""


@dataclass(frozen=True)
class Report:
    mock: MockInterview
    problems: list[ProblemReport]

    @property
    def solved(self) -> int:
        return sum(p.solved_after is not None for p in self.problems)

    @property
    def patterns_missed(self) -> list[str]:
        missed = {pattern for p in self.problems if p.solved_after is None and p.meta
                  for pattern in p.meta.patterns}
        return sorted(missed)


def report(session: Session, mock: MockInterview, metadata) -> Report:
    """`metadata(slug)`: a problem's Metadata, or None if it is gone."""
    end = mock.finished_at or mock.ends_at
    runs = session.execute(
        select(Submission.problem_slug, Submission.created_at, Submission.verdict)
        .where(Submission.user_id == mock.user_id, Submission.mode == Mode.full,
               Submission.problem_slug.in_(mock.problems),
               Submission.created_at >= mock.started_at, Submission.created_at <= end)
        .order_by(Submission.created_at, Submission.id)).all()
    shown = [datetime.fromisoformat(moment) for moment in mock.shown]
    problems = []
    for index, slug in enumerate(mock.problems):
        shown_at = shown[index] if index < len(shown) else None
        mine = [(sent, verdict) for s, sent, verdict in runs if s == slug]
        first = next((sent for sent, verdict in mine if verdict == Verdict.accepted.value),
                     None)
        problems.append(ProblemReport(
            meta=metadata(slug), slug=slug, shown_at=shown_at, attempts=len(mine),
            solved_after=None if first is None else max(first - (shown_at or mock.started_at),
                                                        timedelta(0))))
    return Report(mock, problems)


def history(session: Session, user: User, now: datetime) -> list[MockInterview]:
    mocks = list(session.scalars(select(MockInterview).where(MockInterview.user_id == user.id)
                                 .order_by(MockInterview.id.desc()).limit(HISTORY)))
    return [_close_if_over(mock, now) for mock in mocks]


def visible(session: Session, viewer: User, mock_id: int, now: datetime) -> MockInterview:
    """The user's own session, or a finished one a fellow group member shared; otherwise as
    if it did not exist."""
    mock = session.get(MockInterview, mock_id)
    if mock is None:
        raise NotFound(f"no mock interview {mock_id}")
    _close_if_over(mock, now)
    if mock.user_id == viewer.id:
        return mock
    if mock.shared and mock.finished_at is not None and _share_a_group(session, viewer.id,
                                                                       mock.user_id):
        return mock
    raise NotFound(f"no mock interview {mock_id}")


def _share_a_group(session: Session, one: int, other: int) -> bool:
    mine = select(Membership.group_id).where(Membership.user_id == one)
    return session.scalar(select(Membership.group_id).where(
        Membership.user_id == other, Membership.group_id.in_(mine)).limit(1)) is not None


def set_shared(session: Session, user: User, mock_id: int, shared: bool,
               now: datetime) -> MockInterview:
    mock = visible(session, user, mock_id, now)
    if mock.user_id != user.id:
        raise NotFound(f"no mock interview {mock_id}")
    mock.shared = shared
    return mock


def shared_in_group(session: Session, viewer: User, group_id: int,
                    now: datetime) -> list[tuple[MockInterview, str]]:
    """The finished sessions the group's members chose to share, newest first, with their
    names (members only: NotFound for anyone else)."""
    group = groups.visible(session, viewer, group_id)
    rows = session.execute(
        select(MockInterview, User.username)
        .join(Membership, (Membership.user_id == MockInterview.user_id)
              & (Membership.group_id == group.id))
        .join(User, User.id == MockInterview.user_id)
        .where(MockInterview.shared.is_(True))
        .order_by(MockInterview.id.desc()).limit(HISTORY)).all()
    return [(mock, name) for mock, name in rows
            if _close_if_over(mock, now).finished_at is not None]
