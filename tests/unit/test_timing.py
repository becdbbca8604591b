"""A verdict does not depend on the machine's load: a call that waited for a CPU held by other
work gets more wall time; a sleeper does not, and every call ends in bounded time."""

import time

import pytest

from judge.grading.run import timing
from judge.grading.run.timing import timed_request
from sandbox.errors import MachineBusy, SandboxTimeout


class Stub:
    """A session whose call answers after `answer_at` seconds of wall time (never if None),
    using `cpu_share` of a CPU meanwhile and waiting, runnable, for `wait_share` of it."""

    def __init__(self, answer_at: float | None, cpu_share: float, wait_share: float) -> None:
        self.answer_at, self.cpu_share, self.wait_share = answer_at, cpu_share, wait_share
        self.started = 0.0

    def _elapsed(self) -> float:
        return time.monotonic() - self.started if self.started else 0.0

    def cpu_seconds(self) -> float:
        return self._elapsed() * self.cpu_share

    def waiting_seconds(self) -> float:
        return self._elapsed() * self.wait_share

    def send(self, message) -> None:
        self.started = time.monotonic()

    def receive(self, timeout: float) -> dict:
        if self.answer_at is not None and self._elapsed() + timeout >= self.answer_at:
            time.sleep(max(0.0, self.answer_at - self._elapsed()))
            return {"ok": True}
        time.sleep(timeout)
        raise SandboxTimeout("nothing yet")


LIMIT = 0.1  # the wall cap is 3 x 0.1 + 1 = 1.3 s


def test_a_sleeper_meets_the_wall_cap() -> None:
    started = time.monotonic()
    with pytest.raises(SandboxTimeout, match="no reply within 1.30s"):
        timed_request(Stub(None, cpu_share=0.0, wait_share=0.0), {}, LIMIT)
    assert time.monotonic() - started < 1.6


def test_a_call_starved_of_cpu_by_other_work_is_waited_for() -> None:
    # 2 s of wall time for 0.06 s of CPU: it waited for a CPU nearly all the rest
    reply, used = timed_request(Stub(2.0, cpu_share=0.03, wait_share=0.95), {}, LIMIT)
    assert reply == {"ok": True} and used == pytest.approx(0.06, abs=0.01)


def test_a_starved_call_still_ends_in_bounded_time(monkeypatch) -> None:
    monkeypatch.setattr(timing, "STARVED_SLACK", 1.0)  # the hard cap: 12 x 0.1 + 1 = 2.2 s
    started = time.monotonic()
    with pytest.raises(MachineBusy, match="too busy to time it"):  # not a verdict
        timed_request(Stub(None, cpu_share=0.03, wait_share=0.95), {}, LIMIT)
    assert 2.1 < time.monotonic() - started < 2.8


def test_a_busy_call_over_the_cpu_limit_stops_at_once() -> None:
    started = time.monotonic()
    with pytest.raises(SandboxTimeout, match="of CPU time"):
        timed_request(Stub(None, cpu_share=1.0, wait_share=0.0), {}, LIMIT)
    assert time.monotonic() - started < 0.5
