"""Submissions as the service sees them: accept (store and queue), read, list, progress."""

from datetime import timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ..errors import NotFound, QueueFull, RateLimited, SubmissionRejected
from ..grading.kinds import kind_of
from ..grading.present.input_text import InputError, parse_input
from ..grading.problems import ProblemRepository
from ..grading.results.verdicts import Verdict
from ..settings import Settings
from .queue import place, queued_count
from .signals import notify_queued
from .store.models import Mode, Status, Submission, SubmissionEvent, User, seconds_until, utcnow

RATE_WINDOW = timedelta(minutes=1)
ADMISSION_LOCK = 0x6A756467  # any constant: the key of the advisory lock on PostgreSQL


def _lock_admission(session: Session) -> None:
    """Makes counting and storing one step, across processes: every admission takes this
    lock first and holds it until its transaction ends, so two submissions can never both
    be counted under a limit that only one of them fits. PostgreSQL: a transaction-level
    advisory lock. SQLite: the database's write lock, taken now by a write that changes
    nothing (a read first would let two transactions count the same rows)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADMISSION_LOCK})
    else:
        session.execute(text("UPDATE submissions SET id = id WHERE 0"))


def create(session: Session, settings: Settings, repository: ProblemRepository, user: User,
           slug: str, code: str, mode: str = Mode.full,
           input: str | None = None, dialect: str | None = None) -> Submission:
    """Stores a submission as a queued job; in mode 'custom', with the `input` to run it on;
    for a SQL problem, in `dialect` (None: the default engine). Raises UnknownProblem,
    SubmissionRejected, RateLimited or QueueFull; nothing is stored then."""
    meta = repository.metadata(slug)  # UnknownProblem; cheap: the grader loads the problem
    if dialect is not None:
        try:
            kind_of(meta.kind, dialect)
        except ValueError as exc:
            raise SubmissionRejected(str(exc)) from None
    if mode not in (Mode.full, Mode.samples, Mode.custom):
        raise SubmissionRejected(f"unknown mode {mode!r}: use 'full', 'samples' or 'custom'")
    if mode == Mode.custom:
        _check_input(repository, slug, input)
    elif input is not None:
        raise SubmissionRejected("an input is given only with mode 'custom'")
    size = len(code.encode("utf-8"))
    if size > settings.max_code_bytes:
        raise SubmissionRejected(f"the code is over {size_text(settings.max_code_bytes)} "
                                 f"({size} bytes in UTF-8)")
    if not code.strip():
        raise SubmissionRejected("the code is empty")
    _lock_admission(session)
    _check_rate(session, settings, user, mode)
    if queued_count(session) >= settings.queue_cap:
        raise QueueFull(f"{settings.queue_cap} submissions are waiting to be graded; "
                        "try again in a minute")
    submission = Submission(user_id=user.id, problem_slug=slug, code=code, mode=str(mode),
                            input=input if mode == Mode.custom else None, dialect=dialect)
    session.add(submission)
    session.flush()
    notify_queued(session)  # workers in other processes wake when this commits
    return submission


RANKED = (Mode.full,)
RUNS = (Mode.samples, Mode.custom)


def _check_rate(session: Session, settings: Settings, user: User, mode: str) -> None:
    """Ranked submissions and runs (samples, custom input) have a per-minute limit each, so
    trying things out never uses up the right to submit. Raises RateLimited saying which."""
    if mode in RANKED:
        modes, limit = RANKED, settings.submissions_per_minute
        what = (f"at most {limit} submissions a minute (runs on the samples or on your own "
                "input have a limit of their own)")
    else:
        modes, limit = RUNS, settings.runs_per_minute
        what = (f"at most {limit} runs a minute on the samples or on your own input "
                "(submissions have a limit of their own)")
    recent = session.scalars(
        select(Submission.created_at).where(Submission.user_id == user.id,
                                            Submission.created_at > utcnow() - RATE_WINDOW,
                                            Submission.mode.in_([str(m) for m in modes]))
        .order_by(Submission.created_at)).all()
    if len(recent) >= limit:
        wait = seconds_until(recent[0] + RATE_WINDOW)
        raise RateLimited(f"{what}; try again in {wait} s", retry_after=wait)


def size_text(limit: int) -> str:
    """A limit in bytes as messages say it: `256 KiB`, or `1000 bytes`."""
    return f"{limit // 1024} KiB" if limit % 1024 == 0 else f"{limit} bytes"


def _check_input(repository: ProblemRepository, slug: str, text: str | None) -> None:
    """A custom run's input must read (the worker reads it again, with the same rules)."""
    if text is None or not text.strip():
        raise SubmissionRejected("mode 'custom' needs an input: one `name = value` line per "
                                 "argument")
    try:
        parse_input(repository.get(slug), text)
    except InputError as exc:
        raise SubmissionRejected(f"your input: {exc}") from None


def get_own(session: Session, user: User, submission_id: int) -> Submission:
    """The user's own submission; someone else's is as unknown as a missing one."""
    submission = session.get(Submission, submission_id)
    if submission is None or submission.user_id != user.id:
        raise NotFound(f"no submission {submission_id}")
    return submission


def list_own(session: Session, user: User, *, problem: str | None = None, limit: int = 50,
             before: int | None = None) -> list[Submission]:
    query = select(Submission).where(Submission.user_id == user.id)
    if problem:
        query = query.where(Submission.problem_slug == problem)
    if before:
        query = query.where(Submission.id < before)
    return list(session.scalars(query.order_by(Submission.id.desc()).limit(limit)))


def last_dialect(session: Session, user: User) -> str | None:
    """The SQL dialect of the user's latest submission that named one: the page's selector
    starts there, on every SQL problem."""
    return session.scalar(select(Submission.dialect)
                          .where(Submission.user_id == user.id, Submission.dialect.is_not(None))
                          .order_by(Submission.id.desc()).limit(1))


def events_after(session: Session, submission_id: int, after: int) -> list[SubmissionEvent]:
    """The events after `after` that belong to the current attempt: from its `started` on.
    A grade whose worker died leaves its events behind; the next attempt starts over."""
    # one statement: a stream runs this every poll
    started = (select(func.coalesce(func.max(SubmissionEvent.id), 0))
               .where(SubmissionEvent.submission_id == submission_id,
                      SubmissionEvent.kind == "started").scalar_subquery())
    return list(session.scalars(
        select(SubmissionEvent).where(SubmissionEvent.submission_id == submission_id,
                                      SubmissionEvent.id > after,
                                      SubmissionEvent.id >= started)
        .order_by(SubmissionEvent.id)))


def queue_ahead(session: Session, submission: Submission) -> int | None:
    """How many submissions will be graded before this one, as the queue stands (claims
    take turns between users); None once a worker has it."""
    if submission.status != Status.queued:
        return None
    return place(session, submission.id)


def count_own(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(Submission)
                          .where(Submission.user_id == user.id)) or 0


def solved_slugs(session: Session, user: User) -> set[str]:
    """The problems the user has had Accepted in a full run (samples-only runs prove less)."""
    return set(session.scalars(
        select(Submission.problem_slug).distinct()
        .where(Submission.user_id == user.id, Submission.mode == Mode.full,
               Submission.verdict == Verdict.accepted.value)))
