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

The workers and the queue are the test support kit's (`testkit/workers.py`), which
tests/service/test_many_workers.py uses too.
"""

import argparse
import os
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from judge.service.store.migrate import open_database
from judge.service.store.models import Status
from testkit.databases import fresh_database
from testkit.workers import (
    PROBLEM,
    WorkerProcess,
    mix,
    queue,
    rows,
    running_workers,
    wait_done,
)


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
