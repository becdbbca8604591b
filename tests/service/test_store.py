"""The store and the queue on SQLite and PostgreSQL: migrations match the models; leases,
expiry, the result written once, concurrent claims, giving up on poison submissions."""

import subprocess
import sys
import threading
from datetime import timedelta

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import select, update

from judge.service import accounts, queue
from judge.service.store.db import make_engine
from judge.service.store.migrate import alembic_config
from judge.service.store.models import Base, Status, Submission, SubmissionEvent, utcnow

from .conftest import internal_errors, stored


def _user(sessions, name: str = "ada"):
    with sessions.begin() as session:
        return accounts.register(session, name, "password123")


def _submit(sessions, user, slug: str = "insert-positions", code: str = "x = 1") -> int:
    with sessions.begin() as session:
        submission = Submission(user_id=user.id, problem_slug=slug, code=code)
        session.add(submission)
        session.flush()
        return submission.id


def test_migrations_build_exactly_the_models(engine) -> None:
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == []


def test_processes_starting_together_on_a_new_database_all_come_up(database_url) -> None:
    # `judge serve` and several `judge worker`s started at once each migrate on start; without
    # a lock two of them created the same tables and one crashed.
    script = ("import sys; from judge.service.store.migrate import open_database; "
              "open_database(sys.argv[1])")
    starts = [subprocess.Popen([sys.executable, "-c", script, database_url],
                               stderr=subprocess.PIPE, text=True) for _ in range(4)]
    failures = [p.stderr.read() for p in starts if p.wait(120) != 0]
    assert not failures, failures[0]
    engine = make_engine(database_url)
    try:
        head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
        with engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_heads() == (head,)
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_claims_come_oldest_first_and_only_once(sessions) -> None:
    user = _user(sessions)
    first, second = _submit(sessions, user), _submit(sessions, user)
    a = queue.claim(sessions, "w1", 30)
    b = queue.claim(sessions, "w2", 30)
    assert (a.id, b.id) == (first, second)
    assert a.attempt == 1
    assert queue.claim(sessions, "w3", 30) is None
    row = stored(sessions, first)
    assert row.status == Status.running and row.lease_owner == "w1"


def test_an_expired_lease_returns_the_job_and_the_old_worker_cannot_write(sessions) -> None:
    user = _user(sessions)
    submission_id = _submit(sessions, user)
    stale = queue.claim(sessions, "dead-worker", 30)
    with sessions.begin() as session:  # the dead worker's lease runs out
        session.execute(update(Submission).values(lease_expires_at=utcnow() - timedelta(1)))
    fresh = queue.claim(sessions, "live-worker", 30)
    assert fresh.id == submission_id and fresh.attempt == 2
    assert not queue.renew(sessions, stale, "dead-worker", 30)
    assert not queue.finish(sessions, stale, "dead-worker", "Wrong Answer", {"v": "stale"})
    assert queue.finish(sessions, fresh, "live-worker", "Accepted", {"v": "fresh"})
    assert not queue.finish(sessions, fresh, "live-worker", "Accepted", {"v": "again"})
    row = stored(sessions, submission_id)
    assert (row.status, row.verdict, row.result, row.attempts) == (
        Status.done, "Accepted", {"v": "fresh"}, 2)
    with sessions() as session:
        kinds = session.scalars(select(SubmissionEvent.kind).order_by(SubmissionEvent.id)).all()
    assert kinds == ["started", "started", "finished"]


def test_a_live_lease_is_not_taken(sessions) -> None:
    user = _user(sessions)
    _submit(sessions, user)
    job = queue.claim(sessions, "w1", 30)
    assert queue.renew(sessions, job, "w1", 30)
    assert queue.claim(sessions, "w2", 30) is None


def test_release_hands_the_job_back_without_counting_the_attempt(sessions) -> None:
    user = _user(sessions)
    submission_id = _submit(sessions, user)
    job = queue.claim(sessions, "w1", 30)
    queue.release(sessions, job, "w1")
    row = stored(sessions, submission_id)
    assert (row.status, row.attempts, row.lease_owner) == (Status.queued, 0, None)
    assert queue.claim(sessions, "w2", 30).attempt == 1


def test_a_submission_that_keeps_killing_workers_is_given_up(sessions) -> None:
    user = _user(sessions)
    submission_id = _submit(sessions, user)
    for attempt in range(1, queue.MAX_ATTEMPTS + 1):
        assert queue.claim(sessions, f"w{attempt}", 30).attempt == attempt
        with sessions.begin() as session:
            session.execute(update(Submission).values(lease_expires_at=utcnow() - timedelta(1)))
    before = internal_errors("full")
    assert queue.claim(sessions, "last", 30) is None
    row = stored(sessions, submission_id)
    assert row.status == Status.done and row.verdict == "Internal Error"
    assert row.result["message"] == ("grading was interrupted 3 times (each time its worker "
                                     "died or lost its lease); the judge gave up on this "
                                     "submission")
    assert internal_errors("full") == before + 1  # counted like any verdict written


def test_concurrent_workers_never_share_a_job(sessions) -> None:
    user = _user(sessions)
    ids = {_submit(sessions, user) for _ in range(40)}
    claimed: list[int] = []
    lock = threading.Lock()
    start = threading.Barrier(6)

    errors: list[BaseException] = []

    def work(name: str) -> None:
        start.wait()
        try:
            while (job := queue.claim(sessions, name, 30)) is not None:
                with lock:
                    claimed.append(job.id)
                queue.record(sessions, job, name, "test", {"name": "t"})
                assert queue.finish(sessions, job, name, "Accepted", {})
        except BaseException as exc:  # surfaced below: a dead thread must fail the test
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(f"w{i}",)) for i in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    assert sorted(claimed) == sorted(ids)


def test_requeue_grades_again(sessions) -> None:
    user = _user(sessions)
    submission_id = _submit(sessions, user)
    job = queue.claim(sessions, "w1", 30)
    queue.finish(sessions, job, "w1", "Wrong Answer", {})
    assert queue.requeue(sessions, submission_id)
    row = stored(sessions, submission_id)
    assert (row.status, row.attempts) == (Status.queued, 0)
    with sessions() as session:
        assert session.scalars(select(SubmissionEvent)).all() == []
    assert queue.claim(sessions, "w2", 30).id == submission_id
