"""The warm pool on the fake backend: a claim gets a sandbox started ahead of time, tightened to
the problem's limits before any code runs in it, used once; the pool refills behind it, opens
cold what it cannot serve, and empties when idle."""

import logging
import threading
import time
from pathlib import Path

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from sandbox.base import ACTIVITY
from sandbox.errors import SandboxError
from sandbox.fake import FakeBackend, harness_handler
from sandbox.limits import Limits, MiB
from sandbox.pool import CEILING, WarmPool

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"


class Recording(FakeBackend):
    """A fake backend whose sessions answer like the harness, each with its own."""

    def __init__(self) -> None:
        super().__init__(harness_handler())
        self.opened: list[tuple[Limits, tuple]] = []
        self.lock = threading.Lock()

    def open(self, limits, modules=()):
        with self.lock:
            self.opened.append((limits, tuple(modules)))
            self.handler = harness_handler()  # a fresh harness: one submission each
            return super().open(limits, modules)


def _wait(condition, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the pool did not get there in time"
        time.sleep(0.01)


@pytest.fixture
def backend():
    backend = Recording()
    yield backend
    for session in backend.sessions:
        session.close()
    assert not ACTIVITY.busy, "a session was left counted as grading"


@pytest.fixture
def pool(backend):
    pool = WarmPool(backend, size=1, idle_seconds=60)
    yield pool
    pool.close()


PANDAS = ("numpy", "pandas")
PROBLEM_LIMITS = Limits(memory_bytes=512 * MiB, cpu_seconds=65)


def test_a_claim_gets_a_warm_sandbox_tightened_to_the_problem(pool, backend) -> None:
    pool.warm(PANDAS)
    _wait(lambda: pool.waiting(PANDAS) == 1)
    started = backend.sessions[0]
    assert backend.opened[0] == (CEILING, PANDAS)
    assert [m["op"] for m in started.sent] == ["hello", "prepare"]
    assert started.sent[1]["modules"] == list(PANDAS)

    session = pool.open(PROBLEM_LIMITS, PANDAS)
    assert session is started and pool.hits == 1
    # tightened before it is handed out: memory by the backend, time and size by the harness
    assert session.memory_bytes == PROBLEM_LIMITS.memory_bytes
    assert session.sent[-1] == {"op": "limits", "cpu_seconds": 65,
                                "output_bytes": PROBLEM_LIMITS.output_bytes}
    # used once: the pool starts another once the grade is over, never hands this one out
    time.sleep(0.3)
    assert pool.waiting(PANDAS) == 0, "nothing starts beside a submission being graded"
    session.close()
    _wait(lambda: pool.waiting(PANDAS) == 1)
    again = pool.open(PROBLEM_LIMITS, PANDAS)
    assert again is not session and again is backend.sessions[-1]
    again.close()


def test_profiles_are_kept_apart(pool, backend) -> None:
    pool.warm((), PANDAS)
    _wait(lambda: pool.waiting(()) == 1 and pool.waiting(PANDAS) == 1)
    plain = pool.open(Limits(), ())
    assert [m["op"] for m in plain.sent[:2]] == ["hello", "limits"]  # nothing imported
    plain.close()


def test_what_the_pool_cannot_serve_is_opened_cold(pool, backend) -> None:
    pool.warm(())
    _wait(lambda: pool.waiting(()) == 1)
    for limits in (Limits(processes=64), Limits(tmpfs_bytes=64 * MiB),
                   Limits(memory_bytes=8192 * MiB)):
        session = pool.open(limits, ())
        assert backend.opened[-1] == (limits, ())  # started for this claim, as asked
        assert not any(m["op"] == "limits" for m in session.sent)
        session.close()
    assert pool.waiting(()) == 1 and pool.hits == 0


def test_a_dead_waiting_sandbox_is_never_handed_out(pool, backend) -> None:
    pool.warm(())
    _wait(lambda: pool.waiting(()) == 1)
    backend.sessions[0].frames.close()  # its process died while it waited
    session = pool.open(Limits(), ())
    assert session is not backend.sessions[0] and pool.misses == 1
    session.close()


def test_a_sandbox_that_cannot_be_tightened_is_not_used(pool, backend, monkeypatch) -> None:
    pool.warm(())
    _wait(lambda: pool.waiting(()) == 1)
    waiting = backend.sessions[0]

    def refuse(memory_bytes):
        raise SandboxError("cannot lower memory")

    monkeypatch.setattr(waiting, "_restrict_memory", refuse)
    session = pool.open(PROBLEM_LIMITS, ())
    assert session is not waiting and waiting._report is not None and pool.misses == 1
    session.close()


def test_an_idle_pool_empties_and_refills_on_the_next_claim(backend) -> None:
    pool = WarmPool(backend, size=1, idle_seconds=0.3)
    try:
        pool.warm(())
        _wait(lambda: pool.waiting(()) == 1)
        _wait(lambda: pool.waiting(()) == 0, seconds=15)  # nobody came: emptied
        cold = pool.open(Limits(), ())
        assert pool.misses == 1 and cold is backend.sessions[-1]
        cold.close()
        _wait(lambda: pool.waiting(()) == 1)  # and refilled behind that claim
    finally:
        pool.close()


def test_close_destroys_the_waiting_sandboxes(backend) -> None:
    pool = WarmPool(backend, size=2)
    pool.warm(())
    _wait(lambda: pool.waiting(()) == 2)
    pool.close()
    assert pool.waiting(()) == 0
    assert all(s._report is not None for s in backend.sessions)  # closed


def test_a_grade_through_the_pool_is_the_same_grade(backend) -> None:
    problem = load_problem(PROBLEMS / "insert-positions")
    pool = WarmPool(backend, size=1)
    try:
        pool.warm(problem.modules)
        _wait(lambda: pool.waiting(problem.modules) == 1)
        pooled = Grader(problem, pool).grade(problem.reference, growth="never")
        cold = Grader(problem, FakeBackend(harness_handler())).grade(problem.reference,
                                                                     growth="never")
        assert pool.hits == 1
        assert pooled.verdict == cold.verdict == Verdict.accepted
        assert [t.name for t in pooled.tests] == [t.name for t in cold.tests]
    finally:
        pool.close()


def test_stop_removes_every_sandbox_and_refills_no_more(backend, monkeypatch) -> None:
    """The process is stopping: the backend removes all of its sandboxes (`Backend.stop`),
    and the pool starts none after."""
    stops = []
    monkeypatch.setattr(backend, "stop", lambda: stops.append(True) or 3, raising=False)
    pool = WarmPool(backend, size=1)
    pool.warm((), PANDAS)
    _wait(lambda: pool.waiting(()) == 1 and pool.waiting(PANDAS) == 1)
    assert pool.stop() == 3 and stops == [True]
    assert pool.waiting_by_profile() == {}
    opened = len(backend.opened)
    time.sleep(0.3)
    assert len(backend.opened) == opened  # nothing refilled


class GreetsNotAtFirst(Recording):
    """Its first sandbox never greets (an engine too busy to start one in time)."""

    def open(self, limits, modules=()):
        session = super().open(limits, modules)
        if len(self.opened) == 1:
            session.handler = lambda message: {"ok": False}
        return session


def test_a_sandbox_that_fails_to_start_is_replaced_and_the_log_says_so(caplog) -> None:
    backend = GreetsNotAtFirst()
    pool = WarmPool(backend, size=1, idle_seconds=60)
    logger = logging.getLogger("judge.sandbox.pool")  # heard here even if `judge` does not
    logger.addHandler(caplog.handler)                 # propagate (logs.install stops it)
    try:
        pool.warm(())
        _wait(lambda: pool.waiting(()) == 1)
        assert len(backend.opened) == 2 and pool.started == 1
        warnings = {r.getMessage() for r in caplog.records  # a set: propagated ones twice
                    if r.name == "judge.sandbox.pool" and r.levelname == "WARNING"}
        assert warnings == {"a sandbox for the pool failed to start (the harness did not "
                            "greet); trying again in a second, and grades open their own "
                            "sandboxes meanwhile"}
    finally:
        logger.removeHandler(caplog.handler)
        pool.close()
        for session in backend.sessions:
            session.close()
