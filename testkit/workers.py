"""`judge worker` processes on one database, and submissions queued for them through the
service's own admission code: what tests/service/test_many_workers.py and the workers
benchmark (benchmarks/workers.py) both run."""

import json
import os
import re
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from judge.grading.problems import ProblemRepository
from judge.service import accounts, submissions
from judge.service.store.models import Status, Submission
from judge.settings import Settings

from .processes import ROOT, judge_command

PROBLEM = "insert-positions"
MIX = (("reference.py", "Accepted"), ("wrong/last_duplicate.py", "Wrong Answer"),
       ("reference.py", "Accepted"), ("wrong/off_by_one_high.py", "Wrong Answer"),
       ("wrong/uses_bisect.py", "Compilation Error"))
"""(file in the problem's folder, its verdict in mode full or samples), queued in turn. The
Compilation Error is decided before any sandbox starts, as a forbidden import is."""

READY = "worker(s) grading"
"""What `judge worker` prints once its workers run."""
GRADED = re.compile(r": submission (\d+) \((\S+), (\w+)\): (.+)$")
"""The line a worker logs after writing a result (judge/service/worker.py)."""


def mix(count: int) -> list[tuple[str, str]]:
    """`count` (code, expected verdict) pairs, the MIX in turn."""
    folder = ROOT / "problems" / PROBLEM
    codes = [((folder / path).read_text(), verdict) for path, verdict in MIX]
    return [codes[i % len(codes)] for i in range(count)]


def queue(sessions: sessionmaker[Session], entries: list[tuple[str, str]], mode: str,
          users: int = 3) -> dict[int, str]:
    """Queues every (code, verdict) of `entries` at once (one transaction: the workers see
    them all when it commits), from `users` new users, the way the API does. Returns {id:
    expected verdict}."""
    settings = Settings(problems_dir=ROOT / "problems", queue_cap=len(entries) + 1,
                        submissions_per_minute=len(entries) + 1,
                        runs_per_minute=len(entries) + 1)
    repository = ProblemRepository(settings.problems_dir)
    out: dict[int, str] = {}
    with sessions.begin() as session:
        people = [accounts.register(session, f"user-{uuid.uuid4().hex[:8]}", "password123")
                  for _ in range(users)]
        for index, (code, verdict) in enumerate(entries):
            row = submissions.create(session, settings, repository, people[index % users],
                                     PROBLEM, code, mode)
            out[row.id] = verdict
    return out


def unfinished(sessions: sessionmaker[Session], ids) -> int:
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(Submission).where(
            Submission.id.in_(list(ids)), Submission.status != Status.done)) or 0


def wait_done(sessions: sessionmaker[Session], ids, timeout: float,
              workers: list["WorkerProcess"] = ()) -> None:
    """Returns when every submission of `ids` is done; fails after `timeout`, or when a
    worker exits on its own."""
    deadline = time.monotonic() + timeout
    while (left := unfinished(sessions, ids)) > 0:
        for worker in workers:
            worker.check_running()
        if time.monotonic() > deadline:
            raise TimeoutError(f"{left} submission(s) still not done after {timeout:.0f} s")
        time.sleep(0.1)


def rows(sessions: sessionmaker[Session], ids) -> dict[int, Submission]:
    with sessions() as session:
        return {row.id: row for row in session.scalars(
            select(Submission).where(Submission.id.in_(list(ids))))}


# ------------------------------------------------------------------ the workers
class WorkerProcess:
    """One `judge worker` process with one grading thread, settings from JUDGE_ variables,
    JSON logs to a file. Each has a temporary folder of its own, hence grading slots of its
    own (judge/service/slots.py: they are per host): it stands in for a host."""

    def __init__(self, folder: Path, database_url: str, sandbox: str,
                 lease_seconds: float | None = None) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "tmp").mkdir(exist_ok=True)
        self.log_path = folder / "stderr.log"
        env = dict(os.environ, JUDGE_DATABASE_URL=database_url, JUDGE_SANDBOX=sandbox,
                   JUDGE_LOG_FORMAT="json", JUDGE_WORKERS="1", TMPDIR=str(folder / "tmp"))
        if lease_seconds is not None:
            env["JUDGE_LEASE_SECONDS"] = str(lease_seconds)
        with open(self.log_path, "wb") as log, open(folder / "stdout.log", "wb") as out:
            self.process = subprocess.Popen([*judge_command(), "worker"], cwd=ROOT, env=env,
                                            stdout=out, stderr=log, start_new_session=True)

    @property
    def pid(self) -> int:
        return self.process.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def check_running(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"judge worker {self.pid} exited ({self.process.returncode}):"
                               f"\n{self.log()[-3000:]}")

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while READY not in self.log():
            self.check_running()
            if time.monotonic() > deadline:
                raise TimeoutError(f"judge worker {self.pid} not grading after {timeout:.0f} s:"
                                   f"\n{self.log()[-3000:]}")
            time.sleep(0.1)

    def graded(self) -> list[tuple[int, str]]:
        """(submission id, verdict) of each result this worker wrote, from its JSON log."""
        out = []
        for line in self.log().splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue  # not a log line (a library's warning, say)
            found = GRADED.search(entry.get("message", "")) if isinstance(entry, dict) else None
            if found is not None:
                if entry.get("submission_id") != int(found[1]):
                    raise AssertionError(f"a graded line without its submission id: {line}")
                out.append((int(found[1]), found[4]))
        return out

    def kill(self) -> None:
        """SIGKILL: the process dies mid-whatever, as on a crash or the OOM killer."""
        os.kill(self.pid, signal.SIGKILL)
        self.process.wait(30)

    def stop(self, timeout: float = 30) -> None:
        """SIGTERM (unfinished work goes back to the queue), SIGKILL if it does not end."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(30)


@contextmanager
def running_workers(count: int, folder: Path, database_url: str, sandbox: str,
                    lease_seconds: float | None = None) -> Iterator[list[WorkerProcess]]:
    """`count` workers, all grading when this yields, all stopped afterwards whatever
    happened."""
    workers: list[WorkerProcess] = []
    try:
        for index in range(count):
            workers.append(WorkerProcess(folder / f"worker{index}", database_url, sandbox,
                                         lease_seconds))
        for worker in workers:
            worker.wait_ready()
        yield workers
    finally:
        for worker in workers:
            worker.stop()
