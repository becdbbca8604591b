"""Wake-ups, so nothing waits on a timer between a submission and its verdict.

Two signals: "work was queued" (workers waiting for a job wake at once) and "progress was
written for submission N" (event streams following it send at once). Within one process the
API, the workers and the streams share a `Signals`. Across processes, on PostgreSQL, a
`PostgresRelay` carries both through LISTEN/NOTIFY: writers notify in the transaction that
stores the row (delivered when it commits), and a thread in each process listens and wakes the
local waiters. Without it (SQLite shared by several processes) waiters still find the rows by
polling, only later: a signal only ever shortens a wait, it never carries data.
"""

import asyncio
import logging
import threading
from collections.abc import Callable

from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

log = logging.getLogger("judge.service.signals")

QUEUE_CHANNEL = "judge_queue"
PROGRESS_CHANNEL = "judge_progress"


class Signals:
    def __init__(self) -> None:
        self._work = threading.Condition()
        self._work_generation = 0
        self._streams: dict[int, list[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}
        self._streams_lock = threading.Lock()

    # ------------------------------------------------------------------ work
    def work_generation(self) -> int:
        """A number that changes whenever work is queued: read it before looking for work,
        then `wait_for_work` returns at once if something came in between."""
        with self._work:
            return self._work_generation

    def work_queued(self) -> None:
        with self._work:
            self._work_generation += 1
            self._work.notify_all()

    def wait_for_work(self, seen: int, timeout: float) -> None:
        with self._work:
            self._work.wait_for(lambda: self._work_generation != seen, timeout)

    # ------------------------------------------------------------------ progress
    def progress(self, submission_id: int) -> None:
        """Progress for `submission_id` was stored (callable from any thread)."""
        with self._streams_lock:
            waiters = list(self._streams.get(submission_id, ()))
        for loop, event in waiters:
            try:
                loop.call_soon_threadsafe(event.set)
            except RuntimeError:  # that stream's loop has closed
                pass

    async def wait_for_progress(self, submission_id: int, timeout: float) -> None:
        """Returns when progress for `submission_id` is signalled, or after `timeout`."""
        entry = (asyncio.get_running_loop(), asyncio.Event())
        with self._streams_lock:
            self._streams.setdefault(submission_id, []).append(entry)
        try:
            await asyncio.wait_for(entry[1].wait(), timeout)
        except TimeoutError:
            pass
        finally:
            with self._streams_lock:
                waiters = self._streams.get(submission_id, [])
                if entry in waiters:
                    waiters.remove(entry)
                if not waiters:
                    self._streams.pop(submission_id, None)


def notify_queued(session: Session) -> None:
    """In the transaction that queues work: tells other processes when it commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, '')"), {"channel": QUEUE_CHANNEL})


def notify_progress(session: Session, submission_id: int) -> None:
    """In the transaction that stores progress: tells other processes when it commits."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_notify(:channel, :id)"),
                        {"channel": PROGRESS_CHANNEL, "id": str(submission_id)})


class PostgresRelay:
    """A thread that LISTENs on PostgreSQL and turns notifications into local signals."""

    def __init__(self, engine: Engine, signals: Signals) -> None:
        self.engine = engine
        self.signals = signals
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="pg-relay", daemon=True)

    @classmethod
    def start_for(cls, engine: Engine, signals: Signals) -> "PostgresRelay | None":
        if engine.dialect.name != "postgresql":
            return None
        relay = cls(engine, signals)
        relay._thread.start()
        return relay

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._listen()
            except Exception as exc:  # the database went away: listen again shortly
                log.warning("listening for notifications failed (%s); retrying", exc)
                self._stop.wait(2.0)

    def _listen(self) -> None:
        import psycopg

        url = self.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(url, autocommit=True) as connection:
            connection.execute(f"LISTEN {QUEUE_CHANNEL}")
            connection.execute(f"LISTEN {PROGRESS_CHANNEL}")
            handlers: dict[str, Callable[[str], None]] = {
                QUEUE_CHANNEL: lambda payload: self.signals.work_queued(),
                PROGRESS_CHANNEL: lambda payload: (self.signals.progress(int(payload))
                                                   if payload.isdigit() else None),
            }
            while not self._stop.is_set():
                for note in connection.notifies(timeout=1.0):
                    handlers.get(note.channel, lambda payload: None)(note.payload)
