"""The durable queue: the submission row is the job.

A worker claims a queued row (or one whose lease ran out) by writing its name and a lease
expiry into it; while grading it renews the lease; the result is written only by the worker
that still holds the lease, so a result is written once even if a slow worker wakes up after
its job was handed to another. On PostgreSQL the candidate row is picked with
`FOR UPDATE SKIP LOCKED`, so workers never wait on each other; SQLite serialises writers
anyway, and the conditional UPDATE settles any race.

Claims are fair between users, not first come, first served: the next job is the oldest of
the user with the fewest jobs being graded, and among those the user whose latest claim is
the oldest (`fair_order`). So the users with work waiting take turns, one job each, and one
user's twenty runs hold another's submission back by one grade at most.

Times come from the workers' clocks: keep the machines' clocks in sync (NTP), and leases
long compared to any drift.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Subquery, and_, bindparam, delete, func, or_, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from .signals import notify_progress, notify_queued
from .store.models import Status, Submission, SubmissionEvent, UTCDateTime, utcnow

MAX_ATTEMPTS = 3
"""A submission whose grading was interrupted this many times (its worker died, was stopped,
or lost the database for longer than its lease) is failed with Internal Error instead of being
handed out again: something in it kills workers. (A grade that fails in the judge is not
interrupted: the worker stores its Internal Error at once.)"""


@dataclass(frozen=True)
class Job:
    id: int
    problem_slug: str
    code: str
    mode: str
    attempt: int
    input: str | None = None
    """A custom run's input."""
    dialect: str | None = None
    """A SQL submission's engine; None: the default."""
    queued_at: datetime | None = None
    """When it was queued: received, or None for a rejudge (the row keeps no such time)."""
    started_at: datetime | None = None
    """When this attempt claimed it."""


NOW = bindparam("now", type_=UTCDateTime())
"""The moment the statements built once below are run at (a lease ran out before it)."""


def _claimable(now):
    return or_(Submission.status == Status.queued,
               and_(Submission.status == Status.running, Submission.lease_expires_at < now))


def _gradable(now):
    """Claimable, and not yet given up on: a row whose workers died MAX_ATTEMPTS times is
    ended by the next claim (`_abandon_exhausted`) and takes no turn in the fair order."""
    return and_(_claimable(now), Submission.attempts < MAX_ATTEMPTS)


def fair_order() -> Subquery:
    """Every claimable row (`id`) with the keys of the order claims take them in: `round`,
    `turn`, `last_claim` (nulls first) and `first`, ascending.

    A user's claimable rows, oldest first, are their turns 0, 1, 2, ...; a row's round is its
    turn plus the user's jobs being graded now (live leases); `last_claim` is the user's
    latest claim, `first` their oldest waiting row. So the next claim takes the oldest waiting
    job of the user with the fewest jobs in flight; among those users, of the one whose
    latest claim is the oldest (never claimed: first), then of the one who has waited
    longest. The later rows come in the order claims would take them one after another if no
    grade finished (each claim adds a job in flight to its user and makes theirs the latest
    claim): that is a row's place in the queue, and it is why workers claiming at the same
    moment on PostgreSQL, each locking the first row no other is locking, take the next
    users' turns rather than one user's next jobs. No job waits forever: every claim raises
    its user's jobs in flight or makes theirs the latest claim, so a waiting user's turn
    comes."""
    turn = func.row_number().over(partition_by=Submission.user_id, order_by=Submission.id) - 1
    in_flight = (select(Submission.user_id, func.count().label("jobs"))
                 .where(Submission.status == Status.running, Submission.lease_expires_at >= NOW)
                 .group_by(Submission.user_id).subquery("in_flight"))
    waiting = select(Submission.user_id).where(_gradable(NOW)).distinct().subquery("waiting")
    other = aliased(Submission, name="other")
    # a waiting user's latest claim: one probe of ix_submissions_user_started each (SQLite
    # flattens the join and probes per waiting row), however long their history
    latest = select(waiting.c.user_id, (
        select(other.started_at)
        .where(other.user_id == waiting.c.user_id, other.started_at.is_not(None))
        .order_by(other.started_at.desc()).limit(1).scalar_subquery()).label("at")
    ).subquery("latest")
    first = func.min(Submission.id).over(partition_by=Submission.user_id)
    # outer joins: SQLite keeps their order, so the plan starts from the claimable rows
    return (select(Submission.id,
                   (func.coalesce(in_flight.c.jobs, 0) + turn).label("round"),
                   turn.label("turn"), latest.c.at.label("last_claim"), first.label("first"))
            .outerjoin(in_flight, in_flight.c.user_id == Submission.user_id)
            .outerjoin(latest, latest.c.user_id == Submission.user_id)
            .where(_gradable(NOW)).subquery("fair"))


# Built once: building them takes longer than running them.
_FAIR = fair_order()
_IN_FAIR_ORDER = (_FAIR.c.round, _FAIR.c.turn, _FAIR.c.last_claim.nulls_first(), _FAIR.c.first)
# The row is checked claimable again: on PostgreSQL a row that another worker claimed and
# committed since this statement's snapshot is read again when locked, and skipped.
_NEXT = (select(Submission.id, Submission.attempts).join(_FAIR, _FAIR.c.id == Submission.id)
         .where(_gradable(NOW)).order_by(*_IN_FAIR_ORDER).limit(1))
_EXHAUSTED = select(Submission).where(_claimable(NOW), Submission.attempts >= MAX_ATTEMPTS)
_NEXT_LOCKED = _NEXT.with_for_update(skip_locked=True, of=Submission)
_PLACES = select(_FAIR.c.id, (func.row_number().over(order_by=_IN_FAIR_ORDER) - 1)
                 .label("place")).subquery("places")
_PLACE = select(_PLACES.c.place).where(_PLACES.c.id == bindparam("submission_id"))


def claim(sessions: sessionmaker[Session], worker: str, lease_seconds: float) -> Job | None:
    """Takes the next claimable submission in the fair order for `worker`, or returns
    None."""
    _abandon_exhausted(sessions)
    while True:
        with sessions.begin() as session:
            now = utcnow()
            query = _NEXT_LOCKED if session.get_bind().dialect.name == "postgresql" else _NEXT
            row = session.execute(query, {"now": now}).first()
            if row is None:
                return None
            submission_id, attempts = row
            taken = session.execute(
                update(Submission)
                .where(Submission.id == submission_id, _claimable(now),
                       Submission.attempts == attempts)
                .values(status=Status.running, lease_owner=worker,
                        lease_expires_at=now + timedelta(seconds=lease_seconds),
                        attempts=attempts + 1, started_at=now)
            ).rowcount
            if not taken:
                continue  # another worker won this row between our read and our write
            submission = session.get(Submission, submission_id)
            attempt = attempts + 1
            session.add(SubmissionEvent(submission_id=submission_id, attempt=attempt,
                                        kind="started", data={"attempt": attempt}))
            notify_progress(session, submission_id)
            return Job(id=submission.id, problem_slug=submission.problem_slug,
                       code=submission.code, mode=submission.mode, attempt=attempt,
                       input=submission.input, dialect=submission.dialect, started_at=now,
                       queued_at=submission.created_at if submission.finished_at is None
                       else None)


def _abandon_exhausted(sessions: sessionmaker[Session]) -> None:
    """Ends the claimable rows whose workers died MAX_ATTEMPTS times (each is taken once,
    under its lock on PostgreSQL, so two workers never end the same row twice)."""
    with sessions.begin() as session:
        now = utcnow()
        query = _EXHAUSTED
        if session.get_bind().dialect.name == "postgresql":
            query = query.with_for_update(skip_locked=True)
        for submission in session.scalars(query, {"now": now}).all():
            _abandon(session, submission, now)


def _abandon(session: Session, submission: Submission, now: datetime) -> None:
    from sqlalchemy import event

    from ..grading.results.contract import internal_error_json
    from ..grading.results.verdicts import Verdict

    message = (f"grading was interrupted {MAX_ATTEMPTS} times (each time its worker died or "
               "lost its lease); the judge gave up on this submission")
    submission.status = Status.done
    submission.verdict = Verdict.internal_error.value
    submission.result = internal_error_json(message)
    submission.finished_at = now
    submission.lease_owner = None
    submission.lease_expires_at = None
    session.add(SubmissionEvent(submission_id=submission.id, attempt=submission.attempts,
                                kind="finished", data={"verdict": Verdict.internal_error.value}))
    mode = submission.mode  # counted once written, as the worker counts what it writes
    event.listen(session, "after_commit", lambda _: _count_given_up(mode), once=True)


def _count_given_up(mode: str) -> None:
    from ..grading.results.verdicts import Verdict
    from . import metrics  # here only: it imports the sandboxes' modules

    metrics.graded(Verdict.internal_error.value, mode, {})


def _held(job: Job, worker: str):
    return and_(Submission.id == job.id, Submission.status == Status.running,
                Submission.lease_owner == worker, Submission.attempts == job.attempt)


def renew(sessions: sessionmaker[Session], job: Job, worker: str, lease_seconds: float) -> bool:
    """Extends the lease; False when the worker lost it (it expired and was handed out)."""
    with sessions.begin() as session:
        return bool(session.execute(
            update(Submission).where(_held(job, worker))
            .values(lease_expires_at=utcnow() + timedelta(seconds=lease_seconds))).rowcount)


Event = tuple[str, dict]
"""(kind, data) of one progress event."""


def _add_events(session: Session, job: Job, events: list[Event]) -> None:
    session.add_all([SubmissionEvent(submission_id=job.id, attempt=job.attempt, kind=kind,
                                     data=data) for kind, data in events])
    notify_progress(session, job.id)


def record(sessions: sessionmaker[Session], job: Job, worker: str, kind: str,
           data: dict) -> None:
    """Adds a progress event, unless the worker no longer holds the job."""
    record_many(sessions, job, worker, [(kind, data)])


def record_many(sessions: sessionmaker[Session], job: Job, worker: str,
                events: list[Event]) -> None:
    """Adds progress events in one transaction, unless the worker no longer holds the job."""
    if not events:
        return
    with sessions.begin() as session:
        held = session.execute(select(Submission.id).where(_held(job, worker))).first()
        if held is not None:
            _add_events(session, job, events)


def finish(sessions: sessionmaker[Session], job: Job, worker: str, verdict: str,
           result: dict, *, events: list[Event] = (), stages: dict | None = None) -> bool:
    """Writes the result once, with the last progress `events` and the times of the grade's
    `stages` (`sandbox_ready_at`, `graded_at`); False (and nothing written) when the lease
    was lost."""
    with sessions.begin() as session:
        now = utcnow()
        written = session.execute(
            update(Submission).where(_held(job, worker))
            .values(status=Status.done, verdict=verdict, result=result, finished_at=now,
                    lease_owner=None, lease_expires_at=None, **(stages or {}))).rowcount
        if written:
            _add_events(session, job, [*events, ("finished", {"verdict": verdict})])
        return bool(written)


def release(sessions: sessionmaker[Session], job: Job, worker: str, *,
            count_attempt: bool = False) -> None:
    """Hands an unfinished job back at once (a worker shutting down cleanly, or without a
    sandbox); the attempt does not count against it unless `count_attempt`."""
    with sessions.begin() as session:
        session.execute(update(Submission).where(_held(job, worker))
                        .values(status=Status.queued, lease_owner=None, lease_expires_at=None,
                                attempts=Submission.attempts - (0 if count_attempt else 1)))
        notify_queued(session)


def hand_back(sessions: sessionmaker[Session], worker: str) -> list[int]:
    """Hands back every job `worker` still holds (it is stopping), at once and without
    counting the attempt; returns their ids. Unlike `release`, it needs no `Job`: a job
    claimed a moment before the stop, not yet known to the worker's thread, goes back too."""
    with sessions.begin() as session:
        ids = list(session.scalars(
            update(Submission)
            .where(Submission.status == Status.running, Submission.lease_owner == worker)
            .values(status=Status.queued, lease_owner=None, lease_expires_at=None,
                    attempts=Submission.attempts - 1)
            .returning(Submission.id)))
        if ids:
            notify_queued(session)
        return ids


def queued_count(session: Session) -> int:
    """Submissions waiting."""
    return session.scalar(select(func.count()).select_from(Submission)
                          .where(Submission.status == Status.queued)) or 0


def place(session: Session, submission_id: int) -> int | None:
    """How many claimable submissions come before this one in the fair order, as things
    stand (a user who submits later may still be served sooner); None when it is not
    waiting."""
    return session.scalar(_PLACE, {"now": utcnow(), "submission_id": submission_id})


def requeue(sessions: sessionmaker[Session], submission_id: int) -> bool:
    """Puts a finished submission back in the queue to be graded again (a rejudge); its old
    progress events go, so a stream shows the new grading only."""
    with sessions.begin() as session:
        again = bool(session.execute(
            update(Submission).where(Submission.id == submission_id,
                                     Submission.status == Status.done)
            .values(status=Status.queued, attempts=0, lease_owner=None, lease_expires_at=None,
                    sandbox_ready_at=None, graded_at=None)).rowcount)
        if again:
            session.execute(delete(SubmissionEvent)
                            .where(SubmissionEvent.submission_id == submission_id))
            notify_queued(session)
        return again
