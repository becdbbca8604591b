"""Benchmark: throughput of 1, 2, 3 `judge worker` processes sharing one PostgreSQL.

For each count of workers: a fresh database, that many `judge worker` processes (one grading
thread each, standing in for as many hosts), a warm-up, then N submissions queued at once (one
transaction, through the service's own admission code) and timed from their commit until the
last is done. Prints, per count: seconds, submissions a second, the speed-up over one
worker, and how busy the machine's CPUs were meanwhile (whatever else ran counts too). Every
result is checked as it is measured: each submission done once (attempts 1), with the
verdict its code deserves, graded by exactly one worker.

    .venv/bin/python -m benchmarks.workers                          # docker, 300 submissions
    .venv/bin/python -m benchmarks.workers --sandbox local --workers 1,2,3 --submissions 300
    .venv/bin/python -m benchmarks.workers --mode full              # whole grades

The database comes from --database-url or JUDGE_TEST_POSTGRES_URL (any database on the server:
a fresh one is created beside it and dropped afterwards). The submissions are insert-positions
in a fixed mix of right and wrong code; in `samples` mode (the default) each grade is cheap, so
the judge's own costs (claiming, a sandbox, writing the result) weigh most.

tests/service/test_many_workers.py starts its workers and queues its submissions with the
helpers here.
"""

import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from benchmarks.databases import fresh_database
from judge.grading.problems import ProblemRepository
from judge.service import accounts, submissions
from judge.service.store.migrate import open_database
from judge.service.store.models import Status, Submission
from judge.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
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
def judge_command() -> list[str]:
    """The `judge` script beside this Python (.venv/bin/judge), as a host would run it."""
    script = Path(sys.executable).with_name("judge")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from judge.cli import main; main()"]


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


# ------------------------------------------------------------------ the benchmark
def cpu_times() -> tuple[float, float] | None:
    """(busy, total) jiffies of the whole machine since boot, from /proc/stat (Linux)."""
    try:
        line = Path("/proc/stat").read_text().split("\n")[0]
        fields = [float(v) for v in line.split()[1:9]]  # to steal: guest time is in user
    except (OSError, ValueError):
        return None
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0.0)  # idle and iowait
    return sum(fields) - idle, sum(fields)


def busy_share(before, after) -> float | None:
    """The share of the machine's CPU time that was busy between two `cpu_times()`: near 1,
    more workers on this machine cannot grade faster."""
    if before is None or after is None or after[1] == before[1]:
        return None
    return (after[0] - before[0]) / (after[1] - before[1])


def check(sessions: sessionmaker[Session], expected: dict[int, str],
          workers: list[WorkerProcess]) -> list[str]:
    """What is wrong with the grading of `expected` (nothing, if each submission was graded
    once, right, by one worker)."""
    problems = []
    for submission_id, row in rows(sessions, expected).items():
        if (row.status, row.attempts, row.verdict) != (Status.done, 1, expected[submission_id]):
            problems.append(f"submission {submission_id}: {row.status}, {row.attempts} "
                            f"attempt(s), {row.verdict} (expected {expected[submission_id]})")
    lines = Counter(submission_id for worker in workers for submission_id, _ in worker.graded()
                    if submission_id in expected)
    problems += [f"submission {submission_id} graded {lines[submission_id]} times in the logs"
                 for submission_id in expected if lines[submission_id] != 1]
    return problems


def measure(admin_url: str, workers: int, count: int, sandbox: str, mode: str) -> dict:
    with fresh_database(admin_url, "judge_bench_") as url, tempfile.TemporaryDirectory() as scratch:
        engine, sessions = open_database(url)  # migrated before any worker starts
        try:
            with running_workers(workers, Path(scratch), url, sandbox) as processes:
                # warm-up: each worker loads the problem's tests and starts its sandboxes
                warm = queue(sessions, mix(2 * workers), mode, users=1)
                wait_done(sessions, warm, 300, processes)
                time.sleep(3.0)  # the warm pools refill while nothing is graded
                expected = queue(sessions, mix(count), mode)
                started, cpu = time.perf_counter(), cpu_times()
                wait_done(sessions, expected, 60 + 10 * count, processes)
                seconds, busy = time.perf_counter() - started, busy_share(cpu, cpu_times())
                shares = [sum(1 for i, _ in w.graded() if i in expected) for w in processes]
                problems = check(sessions, expected, processes)
        finally:
            engine.dispose()
    return {"workers": workers, "submissions": count, "seconds": seconds,
            "rate": count / seconds, "busy": busy, "shares": shares, "problems": problems}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", choices=("docker", "local"), default="docker")
    parser.add_argument("--submissions", type=int, default=300)
    parser.add_argument("--workers", default="1,2,3", help="comma-separated worker counts")
    parser.add_argument("--mode", choices=("samples", "full"), default="samples")
    parser.add_argument("--database-url", default=os.environ.get("JUDGE_TEST_POSTGRES_URL"),
                        help="a PostgreSQL URL (default: JUDGE_TEST_POSTGRES_URL)")
    args = parser.parse_args()
    if not args.database_url:
        parser.error("no PostgreSQL: pass --database-url or set JUDGE_TEST_POSTGRES_URL")
    counts = [int(n) for n in args.workers.split(",")]
    print(f"{args.submissions} {PROBLEM} submissions (mode {args.mode}) at once, "
          f"{args.sandbox} sandbox, {os.cpu_count()} cores", flush=True)
    results = []
    for workers in counts:
        result = measure(args.database_url, workers, args.submissions, args.sandbox,
                         args.mode)
        results.append(result)
        print(f"  {workers} worker(s): {result['seconds']:.1f} s "
              f"(graded per worker: {', '.join(map(str, result['shares']))})", flush=True)
        for line in result["problems"]:
            print(f"    wrong: {line}")
    base = next((r["rate"] for r in results if r["workers"] == 1), None)
    print()
    print(f"{'workers':>7} {'submissions':>11} {'seconds':>8} {'per second':>10} "
          f"{'speed-up':>8} {'CPU busy':>8}")
    for r in results:
        speedup = f"{r['rate'] / base:.2f}x" if base else "-"
        busy = f"{r['busy']:.0%}" if r["busy"] is not None else "-"
        print(f"{r['workers']:>7} {r['submissions']:>11} {r['seconds']:>8.1f} "
              f"{r['rate']:>10.2f} {speedup:>8} {busy:>8}")
    print("results agree: " + ("yes" if not any(r["problems"] for r in results) else "NO"))


if __name__ == "__main__":
    main()
