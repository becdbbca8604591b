"""The store and the queue on SQLite and PostgreSQL: migrations match the models; leases,
expiry, the result written once, concurrent claims, giving up on poison submissions."""

import io
import json
import subprocess
import sys
import threading
from datetime import datetime, timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from judge.service import accounts, logs, queue, submissions
from judge.service.store import migrate
from judge.service.store.db import make_engine
from judge.service.store.migrate import alembic_config, upgrade
from judge.service.store.models import Base, Status, Submission, SubmissionEvent, utcnow

from .conftest import at_once, internal_errors, stored


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


def test_the_fair_claims_index_comes_and_goes_with_its_migration(database_url) -> None:
    # a database at 0007 with a submission in it: 0008 adds the index fair claims read each
    # waiting user's latest claim through, and keeps the rows; downgrading removes it
    engine = make_engine(database_url)
    try:
        upgrade(engine, "0007")
        with engine.begin() as connection:
            connection.execute(text(
                "INSERT INTO users (username, password_hash, created_at, is_admin) "
                "VALUES ('ada', 'x', :now, false)"), {"now": datetime(2026, 1, 1)})
            connection.execute(text(
                "INSERT INTO submissions (user_id, problem_slug, mode, code, status, "
                "created_at, attempts) SELECT id, 'insert-positions', 'full', 'x = 1', "
                "'queued', :now, 0 FROM users"), {"now": datetime(2026, 1, 1)})

        def indexes() -> set[str]:
            return {index["name"] for index in inspect(engine).get_indexes("submissions")}

        assert "ix_submissions_user_started" not in indexes()
        upgrade(engine)
        assert "ix_submissions_user_started" in indexes()
        with engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection),
                                    Base.metadata) == []
            assert connection.scalar(text("SELECT count(*) FROM submissions")) == 1
        command.downgrade(alembic_config(engine), "0007")
        assert "ix_submissions_user_started" not in indexes()
    finally:
        engine.dispose()


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


def test_a_waiting_submissions_place_is_the_number_claimed_before_it(sessions) -> None:
    """A mixed queue: one graded, one grading on a live lease, one whose worker died (its
    lease ran out), one the queue will give up on, and the waiting ones of two users. Each
    waiting submission's place is how many claims come before its own."""
    ada, bob = _user(sessions, "ada"), _user(sessions, "bob")
    live, dead, graded = (_submit(sessions, ada), _submit(sessions, bob),
                          _submit(sessions, ada))
    live_job, dead_job, graded_job = (queue.claim(sessions, f"w{i}", 30) for i in range(3))
    assert (live_job.id, dead_job.id, graded_job.id) == (live, dead, graded)
    assert queue.finish(sessions, graded_job, "w2", "Accepted", {})
    waiting = [_submit(sessions, user) for user in (bob, ada, ada, bob)]
    doomed = waiting.pop(1)
    with sessions.begin() as session:
        session.execute(update(Submission).where(Submission.id == dead)
                        .values(lease_expires_at=utcnow() - timedelta(1)))
        session.execute(update(Submission).where(Submission.id == doomed)
                        .values(attempts=queue.MAX_ATTEMPTS))
    with sessions() as session:
        places = {row.id: submissions.queue_ahead(session, row)
                  for row in session.scalars(select(Submission))}
    # the dead worker's is graded again first; the one given up on takes no turn
    assert sorted(places[i] for i in waiting) == [1, 2, 3]
    assert places[live] is places[dead] is places[graded] is None  # none of them waits
    claimed = []
    while (job := queue.claim(sessions, "next", 30)) is not None:
        claimed.append(job.id)
    assert claimed[0] == dead and sorted(claimed) == sorted([dead, *waiting])
    assert all(places[i] == claimed.index(i) for i in waiting)
    assert stored(sessions, doomed).verdict == "Internal Error"


def test_concurrent_workers_never_share_a_job(sessions) -> None:
    user = _user(sessions)
    ids = {_submit(sessions, user) for _ in range(40)}
    claimed: list[int] = []
    lock = threading.Lock()

    def work(index: int) -> None:
        name = f"w{index}"
        while (job := queue.claim(sessions, name, 30)) is not None:
            with lock:
                claimed.append(job.id)
            queue.record(sessions, job, name, "test", {"name": "t"})
            assert queue.finish(sessions, job, name, "Accepted", {})

    at_once(6, work)
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


def test_each_migration_applied_is_logged_in_the_judge_s_format(database_url, judge_log) -> None:
    """For whoever upgrades to watch (docs/operations.md): one line per migration and one
    for the whole, through the judge's logging (so as JSON lines with JUDGE_LOG_FORMAT=json);
    nothing when there is nothing to do."""
    engine = make_engine(database_url)
    shown = engine.url.render_as_string(hide_password=True)
    out = io.StringIO()
    logs.install("json", stream=out)
    try:
        migrate.upgrade(engine, "0005")
        judge_log.clear()
        out.truncate(0)
        out.seek(0)
        migrate.upgrade(engine, "0007")
        migrate.upgrade(engine, "0007")
    finally:
        logs.install("text")
        engine.dispose()
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [(line["level"], line["logger"], line["message"]) for line in lines] == [
        ("INFO", "judge.service.store.migrate", "database migration 0006 applied: custom "
                                                 "runs: the user's own input for a submission "
                                                 "in mode 'custom'"),
        ("INFO", "judge.service.store.migrate", "database migration 0007 applied: "
                                                 "administrators: users.is_admin (they may "
                                                 "rejudge through the API)"),
        ("INFO", "judge.service.store.migrate", f"database {shown} upgraded to 0007 (2 "
                                                 "migration(s))")]
    assert [r.getMessage() for r in judge_log.records if r.name.startswith("judge.")] == [
        line["message"] for line in lines]


def test_a_failed_migration_leaves_the_database_as_it_was(engine_at, judge_log) -> None:
    """All pending migrations run in one transaction, on SQLite too (its driver once left a
    failed migration half done: tables altered, the version not recorded, every later start
    failing)."""
    engine = engine_at("0004")
    with engine.begin() as connection:  # what 0006 adds, there already: 0006 fails
        connection.exec_driver_sql("ALTER TABLE submissions ADD COLUMN input TEXT")
    with pytest.raises(DBAPIError):
        migrate.upgrade(engine, "0007")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert context.get_current_revision() == "0004"  # 0005 undone with the rest
        # as 0004 left it, with that column: 0005's changes are not there
        assert "known_clients" not in inspect(connection).get_table_names()
        assert "expires_at" not in {c["name"] for c in inspect(connection).get_columns(
            "api_tokens")}
    (failed,) = [r for r in judge_log.records if r.levelname == "ERROR"]
    assert failed.getMessage().endswith("after 0005: none of them is kept, the database is "
                                        "as it was")
    # without that column, the upgrade goes through
    with engine.begin() as connection:
        connection.exec_driver_sql("ALTER TABLE submissions DROP COLUMN input")
    migrate.upgrade(engine, "0007")
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == "0007"


@pytest.fixture
def engine_at(database_url):
    """An engine on the database, migrated up to a revision."""
    engines = []

    def at(revision: str):
        engines.append(make_engine(database_url))
        migrate.upgrade(engines[-1], revision)
        return engines[-1]

    yield at
    for engine in engines:
        engine.dispose()
