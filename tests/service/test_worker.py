"""Workers on the fake backend: a sandbox that goes away is not a verdict (the job waits for
it), a fault of the judge is an Internal Error at once, and a shutdown hands work back."""

import threading
import time

from sqlalchemy import select

from judge.grading.problems import ProblemRepository
from judge.service import accounts, queue
from judge.service.store.models import Status, Submission, SubmissionEvent
from judge.service.worker import Worker, WorkerPool
from sandbox.errors import SandboxUnavailable
from sandbox.fake import FakeBackend, harness_handler

from .conftest import GOOD, ROOT, internal_errors, stored

REPOSITORY = ProblemRepository(ROOT / "problems")


def _submit(sessions, slug: str = "insert-positions") -> int:
    with sessions.begin() as session:
        user = accounts.register(session, "ada", "password123")
        row = Submission(user_id=user.id, problem_slug=slug, code=GOOD)
        session.add(row)
        session.flush()
        return row.id


def _run_until(worker: Worker, condition, timeout: float = 60) -> None:
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    try:
        while not condition():
            assert time.monotonic() < deadline, "the worker did not get there in time"
            assert thread.is_alive(), "the worker thread died"
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(30)


class FlakyBackend(FakeBackend):
    """No sandbox for the first `outages` opens (an engine restarting), then a working one."""

    def __init__(self, outages: int) -> None:
        super().__init__(harness_handler())
        self.outages = outages

    def unavailable_reason(self):
        return "the engine is restarting" if self.outages > 0 else None

    def open(self, limits, modules=()):
        if self.outages > 0:
            self.outages -= 1
            raise SandboxUnavailable("no Docker engine answers")
        return super().open(limits, modules)


def test_no_sandbox_means_wait_not_a_verdict(sessions) -> None:
    submission_id = _submit(sessions)
    backend = FlakyBackend(outages=2)
    worker = Worker(sessions, REPOSITORY, lambda: backend, name="w", poll_seconds=0.01,
                    backoff_seconds=0.01)
    _run_until(worker, lambda: stored(sessions, submission_id).status == Status.done)
    row = stored(sessions, submission_id)
    assert row.verdict == "Accepted"
    assert row.attempts == 1  # the outages did not count against the submission


def test_a_judge_fault_is_an_internal_error_at_once(sessions, monkeypatch) -> None:
    """A grade that raises is the judge's fault, and would raise again: the submission gets
    its Internal Error after this one attempt (not three, as if workers had died), the
    verdict is counted, and the worker goes on to the next without pausing."""
    submission_id = _submit(sessions)
    worker = Worker(sessions, REPOSITORY, lambda: FakeBackend(harness_handler()), name="w")

    def broken(job, progress):
        raise RuntimeError("a bug in the judge")

    monkeypatch.setattr(worker, "_grade", broken)
    before = internal_errors("full")
    assert worker._claim_and_grade() is None  # not "backoff"
    row = stored(sessions, submission_id)
    assert (row.status, row.verdict, row.attempts) == (Status.done, "Internal Error", 1)
    assert row.result["message"] == ("the judge failed while grading (RuntimeError); the "
                                     "details are in its log")  # its words stay in the log
    assert internal_errors("full") == before + 1


def test_a_fault_while_the_engine_is_away_waits_for_the_engine(sessions, monkeypatch) -> None:
    submission_id = _submit(sessions)
    backend = FlakyBackend(outages=1)
    worker = Worker(sessions, REPOSITORY, lambda: backend, name="w")

    def engine_gone(job, progress):
        worker._backend = backend
        raise ConnectionError("the engine's socket closed")

    monkeypatch.setattr(worker, "_grade", engine_gone)
    before = internal_errors("full")
    assert worker._claim_and_grade() == "backoff"
    row = stored(sessions, submission_id)
    assert (row.status, row.attempts, row.verdict) == (Status.queued, 0, None)
    assert internal_errors("full") == before


def test_an_unknown_problem_is_an_internal_error_not_a_crash(sessions) -> None:
    submission_id = _submit(sessions, slug="removed-since")
    worker = Worker(sessions, REPOSITORY, lambda: FakeBackend(harness_handler()), name="w",
                    poll_seconds=0.01)
    _run_until(worker, lambda: stored(sessions, submission_id).status == Status.done)
    row = stored(sessions, submission_id)
    assert row.verdict == "Internal Error" and "cannot be loaded" in row.result["message"]


def test_shutdown_hands_a_running_job_back(sessions) -> None:
    submission_id = _submit(sessions)
    entered, release = threading.Event(), threading.Event()

    def slow_handler():
        inner = harness_handler()

        def handle(message):
            if message.get("op") == "call":
                entered.set()
                release.wait(30)
            return inner(message)
        return handle

    pool = WorkerPool(1, lambda i: Worker(sessions, REPOSITORY,
                                          lambda: FakeBackend(slow_handler()), name="w",
                                          poll_seconds=0.01))
    pool.start()
    assert entered.wait(30)
    pool.shutdown(grace=0.2)  # the grade does not finish in time: its job goes back
    row = stored(sessions, submission_id)
    assert (row.status, row.attempts, row.lease_owner) == (Status.queued, 0, None)
    release.set()
    pool.threads[0].join(30)
    row = stored(sessions, submission_id)
    assert row.status == Status.queued and row.result is None  # the late result was dropped
    with sessions() as session:
        kinds = session.scalars(select(SubmissionEvent.kind)).all()
    assert "finished" not in kinds
    assert queue.claim(sessions, "next", 30).id == submission_id


def test_a_database_hiccup_is_never_the_users_internal_error(sessions, monkeypatch) -> None:
    """Progress that cannot be written is kept and written with the result; a result that
    cannot be written at once is written again: the verdict is the submission's."""
    from sqlalchemy.exc import OperationalError

    from judge.service import worker as worker_module

    submission_id = _submit(sessions)
    failures = {"record_many": 0, "finish": 0}
    record_many, finish = queue.record_many, queue.finish

    def flaky(name, real, times):
        def call(*args, **kwargs):
            if failures[name] < times:
                failures[name] += 1
                raise OperationalError("UPDATE submissions SET ...", {}, Exception("locked"))
            return real(*args, **kwargs)
        return call

    monkeypatch.setattr(queue, "record_many", flaky("record_many", record_many, 1000))
    monkeypatch.setattr(queue, "finish", flaky("finish", finish, 2))
    monkeypatch.setattr(worker_module, "PROGRESS_SECONDS", 0.0)
    monkeypatch.setattr(worker_module, "RETRY_SECONDS", 0.0)
    worker = Worker(sessions, REPOSITORY, lambda: FakeBackend(harness_handler()), name="w",
                    poll_seconds=0.01, backoff_seconds=0.01)
    _run_until(worker, lambda: stored(sessions, submission_id).status == Status.done)
    row = stored(sessions, submission_id)
    assert row.verdict == "Accepted", row.result["message"]
    assert failures["record_many"] > 0 and failures["finish"] == 2
    with sessions() as session:
        tests = session.scalars(select(SubmissionEvent).where(
            SubmissionEvent.submission_id == submission_id,
            SubmissionEvent.kind == "test")).all()
    assert len(tests) == len(row.result["tests"])  # no event lost


def test_workers_grade_no_more_at_once_than_the_hosts_slots(sessions, tmp_path,
                                                            monkeypatch) -> None:
    from judge.service.slots import HostSlots

    with sessions.begin() as session:
        user = accounts.register(session, "ada", "password123")
        for _ in range(4):
            session.add(Submission(user_id=user.id, problem_slug="insert-positions", code=GOOD))
    running, most = [], []
    lock = threading.Lock()
    graded = Worker.process

    def watched(self, job):
        with lock:
            running.append(job.id)
            most.append(len(running))
        try:
            time.sleep(0.2)  # long enough for the other workers to try to claim
            return graded(self, job)
        finally:
            with lock:
                running.remove(job.id)

    monkeypatch.setattr(Worker, "process", watched)
    slots = HostSlots(1, tmp_path)  # a one-core host
    pool = WorkerPool(3, lambda i: Worker(sessions, REPOSITORY,
                                          lambda: FakeBackend(harness_handler()),
                                          name=f"w{i}", poll_seconds=0.01, slots=slots))
    pool.start()
    try:
        deadline = time.monotonic() + 60
        while any(stored(sessions, i).status != Status.done for i in range(1, 5)):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        pool.shutdown()
    assert len(most) == 4 and max(most) == 1


def test_shutdown_hands_back_a_job_claimed_a_moment_before(sessions) -> None:
    """A claim that committed as the stop came, before its thread knew the job: handed back
    by the worker's name all the same, its attempt not counted."""
    submission_id = _submit(sessions)
    pool = WorkerPool(1, lambda i: Worker(sessions, REPOSITORY,
                                          lambda: FakeBackend(harness_handler()), name="w",
                                          poll_seconds=0.01))
    assert queue.claim(sessions, "w", 30).id == submission_id  # not through its thread
    pool.start()
    assert pool.shutdown(grace=0) == [submission_id]
    row = stored(sessions, submission_id)
    assert (row.status, row.attempts, row.lease_owner) == (Status.queued, 0, None)


class Reaped(FakeBackend):
    def __init__(self) -> None:
        super().__init__(harness_handler())
        self.reaped = 0

    def reap(self) -> int:
        self.reaped += 1
        return 0


def test_a_worker_looks_for_leftovers_as_it_starts_and_now_and_then(sessions) -> None:
    """Not only before a first grade: a worker with nothing to grade looks too, so a crashed
    worker's sandboxes go whether or not work comes."""
    from judge.service.worker import Reaper

    backend = Reaped()
    worker = Worker(sessions, REPOSITORY, lambda: backend, name="w", poll_seconds=0.01,
                    reaper=Reaper(every=0.05))
    _run_until(worker, lambda: backend.reaped >= 3)
    assert backend.sessions == []  # nothing was graded
