"""The durable queue: the submission row is the job.

A worker claims a queued row (or one whose lease ran out) by writing its name and a lease
expiry into it; while grading it renews the lease; the result is written only by the worker
that still holds the lease, so a result is written once even if a slow worker wakes up after
its job was handed to another. On PostgreSQL the candidate row is picked with
`FOR UPDATE SKIP LOCKED`, so workers never wait on each other; SQLite serialises writers
anyway, and the conditional UPDATE settles any race.

Times come from the workers' clocks: keep the machines' clocks in sync (NTP), and leases
long compared to any drift.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from .signals import notify_progress, notify_queued
from .store.models import Status, Submission, SubmissionEvent, utcnow

MAX_ATTEMPTS = 3
"""A submission whose grading was interrupted this many times is failed with Internal Error
instead of being handed out again: something in it (or the judge) kills workers."""


@dataclass(frozen=True)
class Job:
    id: int
    problem_slug: str
    code: str
    mode: str
    attempt: int
    input: str | None = None
    """A custom run's input."""
    queued_at: datetime | None = None
    """When it was queued: received, or None for a rejudge (the row keeps no such time)."""
    started_at: datetime | None = None
    """When this attempt claimed it."""


def _claimable(now: datetime):
    return or_(Submission.status == Status.queued,
               and_(Submission.status == Status.running, Submission.lease_expires_at < now))


def claim(sessions: sessionmaker[Session], worker: str, lease_seconds: float) -> Job | None:
    """Takes the oldest claimable submission for `worker`, or returns None."""
    while True:
        with sessions.begin() as session:
            now = utcnow()
            query = (select(Submission.id, Submission.attempts).where(_claimable(now))
                     .order_by(Submission.id).limit(1))
            if session.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            row = session.execute(query).first()
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
            if attempt > MAX_ATTEMPTS:
                _abandon(session, submission, now)
                continue
            session.add(SubmissionEvent(submission_id=submission_id, attempt=attempt,
                                        kind="started", data={"attempt": attempt}))
            notify_progress(session, submission_id)
            return Job(id=submission.id, problem_slug=submission.problem_slug,
                       code=submission.code, mode=submission.mode, attempt=attempt,
                       input=submission.input, started_at=now,
                       queued_at=submission.created_at if submission.finished_at is None
                       else None)


def _abandon(session: Session, submission: Submission, now: datetime) -> None:
    from ..grading.report import internal_error_json

    message = (f"grading was interrupted {MAX_ATTEMPTS} times (a worker died each time); "
               "the judge gave up on this submission")
    submission.status = Status.done
    submission.verdict = "Internal Error"
    submission.result = internal_error_json(message)
    submission.finished_at = now
    submission.lease_owner = None
    submission.lease_expires_at = None
    session.add(SubmissionEvent(submission_id=submission.id, attempt=submission.attempts,
                                kind="finished", data={"verdict": "Internal Error"}))


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


def queued_count(session: Session, before: int | None = None) -> int:
    """Submissions waiting; with `before`, those waiting ahead of that one (claims take the
    oldest first)."""
    query = select(func.count()).select_from(Submission).where(Submission.status == Status.queued)
    if before is not None:
        query = query.where(Submission.id < before)
    return session.scalar(query) or 0


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
