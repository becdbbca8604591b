"""Benchmark: how long a verdict takes, measured side by side in one run.

- backends: per category, the full grade of each reference in-process (the harness answering
  in this process, no sandbox), in the local sandbox and in Docker (both behind the warm pool
  a worker uses), and the ratios to in-process;
- catalogue: the median and p95 full grade of every reference in Docker;
- baseline (with --baseline COMMIT): the same catalogue graded by that commit's code, from a
  worktree of it, one after the other on this machine, and the ratio of the medians;
- latency: POST to verdict (the `finished` event) for a small Accepted submission through a
  real `judge serve`, p50 and p95, against the in-process grade of the same submission;
- throughput: submissions from several users at once to `judge serve` with as many workers as
  cores, against the rate of the same grades back to back in-process on as many processes:
  every reference of the catalogue once, and a small mix where a sandbox's own cost (a
  container's start and removal, importing numpy and pandas) weighs most.

    .venv/bin/python -m benchmarks.grading                          # everything but baseline
    .venv/bin/python -m benchmarks.grading --baseline 253d352       # and the old commit
    .venv/bin/python -m benchmarks.grading --sections latency,throughput --json out.json
    .venv/bin/python -m benchmarks.grading --quick                  # a few problems (CI)

Every figure is a wall-clock time on this machine, so only ratios measured in the same run
mean anything. Each result is also checked: every reference Accepted, with the same number of
tests on every backend and through the service, every submission graded exactly once.
"""

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from testkit.processes import JUDGE, free_port, stop_group, wait_healthy

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = ("algorithms", "ml", "statistics", "pandas", "sql")
LATENCY_PROBLEM = "insert-positions"
SMALL_MIX = ("insert-positions", "lru-cache", "knn-classify", "two-proportion-z-test",
             "customer-order-summary", "department-salary-ranks")
"""Small grades, a third of them pandas: where a sandbox's own cost (a container, imports)
weighs most."""


@dataclass
class Grade:
    slug: str
    category: str
    seconds: float
    verdict: str
    tests: int


@dataclass
class Report:
    sections: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def say(self, line: str = "") -> None:
        print(line, flush=True)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# ------------------------------------------------------------------ grading here
def _repository():
    from judge.grading.problems import ProblemRepository
    from judge.settings import Settings

    return ProblemRepository(Settings().problems_dir)


def _backends(names: list[str]) -> dict:
    """{name: backend}: in-process is the fake backend with the real harness in this
    process; local and docker sit behind a warm pool, as a worker's do."""
    from judge.settings import Settings
    from sandbox.pool import WarmPool
    from sandbox.selection import select_backend

    out: dict = {}
    for name in names:
        out[name] = None if name == "in-process" else WarmPool(
            select_backend(name, Settings().docker_image), size=1, idle_seconds=3600)
    return out


def in_process():
    """The harness answering in this process; its CPU clock is this thread's, so time limits
    are judged on CPU time as in a sandbox (the handler runs in the grader's thread)."""
    from sandbox.fake import FakeBackend, harness_handler

    return FakeBackend(harness_handler(), cpu=time.thread_time)


def _grade_once(problem, suite, backend):
    from judge.grading.run.grader import Grader

    if backend is None:
        backend = in_process()
    else:  # the steady state of a worker: a warm sandbox waits when a submission comes
        backend.warm(problem.modules)
        deadline = time.monotonic() + 60
        while backend.waiting(problem.modules) == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
    started = time.perf_counter()
    result = Grader(problem, backend, suite=suite).grade(problem.reference, growth="never")
    return time.perf_counter() - started, result


def grade_references(slugs: list[str], backend_names: list[str], repeats: int,
                     report: Report) -> dict[str, list[Grade]]:
    """{backend: [Grade per problem]}, each the median of `repeats` full grades of the
    reference with the problem's tests already computed (as a worker has them)."""
    from judge.grading.run.suite import SuiteCache

    repository = _repository()
    suites = SuiteCache()
    backends = _backends(backend_names)
    out: dict[str, list[Grade]] = {name: [] for name in backend_names}
    try:
        for slug in slugs:
            problem = repository.get(slug)
            suite = suites.get(problem)
            gc.freeze()  # what is loaded stays: the collector need not scan it every grade
            cells = []
            for name, backend in backends.items():
                times, result = [], None
                for _ in range(repeats):
                    seconds, result = _grade_once(problem, suite, backend)
                    times.append(seconds)
                grade = Grade(slug, problem.meta.category, statistics.median(times),
                              result.verdict.value, len(result.tests))
                out[name].append(grade)
                cells.append(f"{name} {grade.seconds:.3f}s")
            report.say(f"  {slug:36} " + "  ".join(cells))
    finally:
        for backend in backends.values():
            if backend is not None:
                backend.close()
    return out


# ------------------------------------------------------------------ the baseline commit
BASELINE_SCRIPT = r"""
import json, statistics, sys, time
sys.meta_path[:] = [f for f in sys.meta_path if "__editable__" not in getattr(f, "__module__", "")]
from judge.settings import Settings
settings = Settings(problems_dir=sys.argv[1])
try:  # the layout of the grading core at that commit: its rooms (after 6f98fda)
    from judge.grading.problems import ProblemRepository
    from judge.grading.run.grader import Grader
    from sandbox.selection import select_backend
    backend = select_backend("docker", settings.docker_image)
except ImportError:
    try:  # judge/grading as one room (d860f62 to 6f98fda)
        from judge.grading.grader import Grader
        from judge.grading.problems import ProblemRepository
        from judge.grading.sandboxes import select_backend
    except ImportError:  # before d860f62
        from judge.grader import Grader
        from judge.problems import ProblemRepository
        from judge.sandboxes import select_backend
    backend = select_backend("docker", settings)
repository = ProblemRepository(settings.problems_dir)
out = {}
for slug in json.loads(sys.argv[2]):
    problem = repository.get(slug)
    times = []
    for _ in range(int(sys.argv[3])):
        started = time.perf_counter()
        # a new Grader per grade, as that commit's worker made one per submission
        result = Grader(problem, backend).grade(problem.reference, growth="never")
        times.append(time.perf_counter() - started)
    out[slug] = [statistics.median(times), result.verdict.value, len(result.tests)]
    print(f"  {slug:36} baseline {out[slug][0]:.3f}s", file=sys.stderr, flush=True)
print(json.dumps(out))
"""


def grade_baseline(commit: str, slugs: list[str], repeats: int) -> dict[str, list]:
    """The references graded in Docker by `commit`'s code, run from a worktree of it."""
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "baseline"
        subprocess.run(["git", "worktree", "add", "--detach", str(tree), commit], cwd=ROOT,
                       check=True, capture_output=True)
        try:
            done = subprocess.run(
                [sys.executable, "-c", BASELINE_SCRIPT, str(tree / "problems"),
                 json.dumps(slugs), str(repeats)], cwd=tree, env=dict(
                    os.environ, PYTHONPATH=str(tree)), stdout=subprocess.PIPE, check=True,
                text=True)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT,
                           capture_output=True)
    return json.loads(done.stdout)


# ------------------------------------------------------------------ a real server
class Server:
    """`judge serve` in a data folder of its own, grading in Docker."""

    def __init__(self, folder: Path, workers: int) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = dict(os.environ, JUDGE_DATA_DIR=str(folder / "data"), JUDGE_SANDBOX="docker",
                   JUDGE_SUBMISSIONS_PER_MINUTE="100000", JUDGE_RUNS_PER_MINUTE="100000",
                   JUDGE_QUEUE_CAP="100000")
        env.pop("JUDGE_DATABASE_URL", None)
        self.log = open(folder / "serve.log", "ab")
        self.process = subprocess.Popen(
            [*JUDGE, "serve", "--port", str(self.port), "--workers", str(workers)], cwd=ROOT,
            env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            wait_healthy(self.url, self.process, folder / "serve.log", timeout=120)
        except RuntimeError:
            self.close()
            raise

    def user(self, name: str):
        import httpx

        client = httpx.Client(base_url=self.url, timeout=120)
        answer = client.post("/api/auth/register",
                             json={"username": name, "password": "benchmark password"})
        answer.raise_for_status()
        client.headers["Authorization"] = f"Bearer {answer.json()['token']}"
        return client

    def close(self) -> None:
        stop_group(self.process)
        self.log.close()


def _post(client, slug: str, code: str) -> int:
    answer = client.post("/api/submissions", json={"problem": slug, "code": code})
    answer.raise_for_status()
    return answer.json()["id"]


def _wait_finished(client, submission_id: int) -> None:
    from httpx_sse import connect_sse

    with connect_sse(client, "GET", f"/api/submissions/{submission_id}/events") as source:
        for event in source.iter_sse():
            if event.event == "finished":
                return
    raise RuntimeError(f"the stream of submission {submission_id} ended without a verdict")


def _stored(client, submission_id: int) -> dict:
    answer = client.get(f"/api/submissions/{submission_id}")
    answer.raise_for_status()
    return answer.json()


def measure_latency(count: int, report: Report) -> dict:
    """POST to the `finished` event, one submission at a time (a worker and a warm pool
    waiting), against the in-process grade of the same submission."""
    repository = _repository()
    problem = repository.get(LATENCY_PROBLEM)
    in_process = grade_references([LATENCY_PROBLEM], ["in-process"], max(count, 3),
                                  Report())["in-process"][0]
    with tempfile.TemporaryDirectory() as scratch:
        server = Server(Path(scratch), workers=1)
        try:
            client = server.user("latency")
            first = _post(client, LATENCY_PROBLEM, problem.reference)  # loads the suite
            _wait_finished(client, first)
            times, stored = [], []
            for _ in range(count):
                time.sleep(0.5)  # the pool refills behind each submission, as between users
                started = time.perf_counter()
                submission_id = _post(client, LATENCY_PROBLEM, problem.reference)
                _wait_finished(client, submission_id)
                times.append(time.perf_counter() - started)
                stored.append(_stored(client, submission_id))
        finally:
            server.close()
    p50, p95 = _percentile(times, 0.5), _percentile(times, 0.95)
    stages = {name: statistics.median(
        _seconds_between(s.get(a), s.get(b)) for s in stored)
        for name, a, b in (("received to claimed", "created_at", "started_at"),
                           ("claimed to sandbox ready", "started_at", "sandbox_ready_at"),
                           ("sandbox ready to tests done", "sandbox_ready_at", "graded_at"),
                           ("tests done to stored", "graded_at", "finished_at"))}
    agree = all(s["verdict"] == in_process.verdict and s["attempts"] == 1
                and len(s["result"]["tests"]) == in_process.tests for s in stored)
    return {"problem": LATENCY_PROBLEM, "count": count, "p50": p50, "p95": p95,
            "in_process": in_process.seconds, "p50_over_in_process": p50 - in_process.seconds,
            "stages": stages, "agree": agree}


def _seconds_between(start: str | None, end: str | None) -> float:
    from datetime import datetime

    if not start or not end:
        return float("nan")
    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


def _in_process_batch(slugs: list[str]) -> tuple[float, list[str]]:
    """One process's share of the in-process run: suites computed first (a worker has them),
    then the grades back to back. Returns (seconds, verdicts)."""
    from judge.grading.run.grader import Grader
    from judge.grading.run.suite import SuiteCache

    repository = _repository()
    suites = SuiteCache()
    for slug in set(slugs):
        suites.get(repository.get(slug))
    gc.freeze()  # as in grade_references: the collector need not scan the loaded suites
    started = time.perf_counter()
    verdicts = []
    for slug in slugs:
        problem = repository.get(slug)
        result = Grader(problem, in_process(),
                        suite=suites.get(problem)).grade(problem.reference, growth="never")
        verdicts.append(result.verdict.value)
    return time.perf_counter() - started, verdicts


def measure_throughput(slugs: list[str], report: Report, users: int = 5) -> dict:
    """The references of `slugs` posted at once by `users` users to a server with as many
    workers as cores, against the same grades in-process on as many processes."""
    from concurrent.futures import ThreadPoolExecutor

    cores = os.cpu_count() or 1
    repository = _repository()
    count = len(slugs)
    shares = [slugs[i::cores] for i in range(cores)]
    with ProcessPoolExecutor(cores) as processes:
        runs = list(processes.map(_in_process_batch, shares))
    in_process_rate = count / max(seconds for seconds, _ in runs)
    with tempfile.TemporaryDirectory() as scratch:
        server = Server(Path(scratch), workers=cores)
        try:
            clients = [server.user(f"user{i}") for i in range(users)]
            warm = [_post(clients[0], slug, repository.get(slug).reference)
                    for slug in dict.fromkeys(slugs)]  # the workers load the suites
            for submission_id in warm:
                _wait_finished(clients[0], submission_id)
            time.sleep(2.0)  # the pool refilled
            started = time.perf_counter()
            with ThreadPoolExecutor(users) as posting:
                ids = list(posting.map(
                    lambda i: (i % users, _post(clients[i % users], slugs[i],
                                                repository.get(slugs[i]).reference)),
                    range(count)))
            for user, submission_id in ids:
                _wait_finished(clients[user], submission_id)
            seconds = time.perf_counter() - started
            stored = [_stored(clients[user], submission_id) for user, submission_id in ids]
        finally:
            server.close()
    rate = count / seconds
    disagreements = [f"{slug} in-process: {verdict}"
                     for share, (_, verdicts) in zip(shares, runs, strict=True)
                     for slug, verdict in zip(share, verdicts, strict=True)
                     if verdict != "Accepted"]
    disagreements += [f"{s['problem']} through the service: {s['verdict']} ({s['attempts']} "
                      f"attempts): {(s.get('first_failure') or {}).get('message', '')}"
                      for s in stored if s["verdict"] != "Accepted" or s["attempts"] != 1]
    for line in disagreements:
        report.say(f"  disagrees: {line}")
    return {"count": count, "workers": cores, "users": users, "seconds": seconds,
            "rate": rate, "in_process_rate": in_process_rate,
            "ratio": rate / in_process_rate, "agree": not disagreements,
            "disagreements": disagreements}


# ------------------------------------------------------------------ the report
def _by_category(grades: dict[str, list[Grade]]) -> dict:
    out = {}
    for category in CATEGORIES:
        totals = {name: sum(g.seconds for g in rows if g.category == category)
                  for name, rows in grades.items()}
        if not totals.get("in-process"):
            continue
        out[category] = {name: {"seconds": total, "ratio": total / totals["in-process"]}
                         for name, total in totals.items()}
    return out


def _agreement(grades: dict[str, list[Grade]]) -> bool:
    rows = list(grades.values())
    return all(g.verdict == "Accepted" for row in rows for g in row) and all(
        [g.tests for g in row] == [g.tests for g in rows[0]] for row in rows)


def run(*, sections: list[str], backends: list[str], problems: list[str] | None,
        per_category: int | None, repeats: int, baseline: str | None, latency_count: int,
        throughput_count: int) -> dict:
    report = Report()
    repository = _repository()
    if problems:
        slugs = problems
    else:
        by_category: dict[str, list[str]] = {}
        for meta in repository.catalogue():
            by_category.setdefault(meta.category, []).append(meta.slug)
        slugs = [slug for category in CATEGORIES
                 for slug in by_category.get(category, [])[:per_category]]
    out: dict = {"problems": len(slugs), "repeats": repeats}
    if "backends" in sections:
        report.say(f"full grades of {len(slugs)} references ({', '.join(backends)}), "
                   f"median of {repeats}")
        grades = grade_references(slugs, backends, repeats, report)
        out["backends"] = _by_category(grades)
        out["agree"] = _agreement(grades)
        if "docker" in grades:
            docker = [g.seconds for g in grades["docker"]]
            out["catalogue"] = {"median": statistics.median(docker),
                                "p95": _percentile(docker, 0.95), "count": len(docker)}
        out["grades"] = {name: [g.__dict__ for g in rows] for name, rows in grades.items()}
    if baseline:
        report.say(f"the same references graded by {baseline} in docker")
        old = grade_baseline(baseline, slugs, repeats)
        times = [seconds for seconds, _, _ in old.values()]
        out["baseline"] = {"commit": baseline, "median": statistics.median(times),
                           "p95": _percentile(times, 0.95),
                           "accepted": all(v == "Accepted" for _, v, _ in old.values())}
        if "catalogue" in out:
            out["baseline"]["speedup"] = out["baseline"]["median"] / out["catalogue"]["median"]
    if "latency" in sections:
        report.say(f"latency: {latency_count} submissions of {LATENCY_PROBLEM} through "
                   "judge serve, one at a time")
        out["latency"] = measure_latency(latency_count, report)
    if "throughput" in sections:
        mixes = {"small mix": [SMALL_MIX[i % len(SMALL_MIX)] for i in range(throughput_count)]}
        if not problems and per_category is None:
            mixes = {"catalogue": [meta.slug for meta in repository.catalogue()], **mixes}
        out["throughput"] = {}
        for name, mix in mixes.items():
            report.say(f"throughput, {name}: {len(mix)} submissions at once")
            out["throughput"][name] = measure_throughput(mix, report)
    _print_summary(out, report)
    return out


def _print_summary(out: dict, report: Report) -> None:
    report.say()
    if "backends" in out:
        report.say("per category: total seconds (ratio to in-process)")
        for category, row in out["backends"].items():
            report.say(f"  {category:11} " + "  ".join(
                f"{name} {cell['seconds']:.2f}s ({cell['ratio']:.2f})"
                for name, cell in row.items()))
    if "catalogue" in out:
        c = out["catalogue"]
        report.say(f"catalogue in docker: median {c['median']:.3f}s, p95 {c['p95']:.3f}s "
                   f"over {c['count']} references")
    if "baseline" in out:
        b = out["baseline"]
        report.say(f"baseline {b['commit']} in docker: median {b['median']:.3f}s, "
                   f"p95 {b['p95']:.3f}s"
                   + (f"; {b['speedup']:.1f}x slower than now" if "speedup" in b else ""))
    if "latency" in out:
        lat = out["latency"]
        report.say(f"latency POST->verdict: p50 {lat['p50']:.3f}s, p95 {lat['p95']:.3f}s; "
                   f"in-process grade {lat['in_process']:.3f}s (p50 is "
                   f"{lat['p50_over_in_process']:+.3f}s over it)")
        report.say("  median stage times: " + ", ".join(
            f"{name} {seconds:.3f}s" for name, seconds in lat["stages"].items()))
    for name, th in out.get("throughput", {}).items():
        report.say(f"throughput, {name} ({th['count']} submissions): {th['rate']:.2f} "
                   f"verdicts/s with {th['workers']} workers; in-process "
                   f"{th['in_process_rate']:.2f}/s on {th['workers']} processes "
                   f"(ratio {th['ratio']:.2f})")
    checks = [out.get("agree"), out.get("latency", {}).get("agree"),
              *(th.get("agree") for th in out.get("throughput", {}).values())]
    report.say("results agree: " + ("yes" if all(c is not False for c in checks) else "NO"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sections", default="backends,latency,throughput",
                        help="any of backends, latency, throughput")
    parser.add_argument("--backends", default="in-process,local,docker")
    parser.add_argument("--problems", help="comma-separated slugs (default: the catalogue)")
    parser.add_argument("--per-category", type=int, help="at most this many per category")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--baseline", help="also grade the references with this commit")
    parser.add_argument("--latency-count", type=int, default=20)
    parser.add_argument("--throughput-count", type=int, default=60,
                        help="submissions in the small mix")
    parser.add_argument("--quick", action="store_true",
                        help="one problem per category, one repeat, a few submissions")
    parser.add_argument("--json", type=Path, help="write every figure here")
    args = parser.parse_args()
    if args.quick:
        args.per_category, args.repeats = args.per_category or 1, 1
        args.latency_count, args.throughput_count = 3, 6
    out = run(sections=args.sections.split(","), backends=args.backends.split(","),
              problems=args.problems.split(",") if args.problems else None,
              per_category=args.per_category, repeats=args.repeats, baseline=args.baseline,
              latency_count=args.latency_count, throughput_count=args.throughput_count)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
