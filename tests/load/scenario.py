"""The load scenario: a study group submitting together while strangers flood the login and
the members watch their grades as event streams, against a real `judge serve`.

What it sends, all at once on loopback:
- `size.submissions` submissions of insert-positions from `size.users` users, each user
  posting theirs one after another (mostly the reference, with each known-wrong submission
  mixed in, so the verdicts vary and each is known in advance);
- `size.logins` wrong logins, all concurrent, almost all for different names that do not
  exist (a few for the users' own names); 401 and 429 are both right answers;
- `size.streams` event streams spread over the users, each held open until its
  submission's `finished`;
- `/api/health` every 0.1 s from a thread of its own (so the client's event loop, busy with
  everything else, does not inflate its latencies).

Then every submission's event stream is read once more, from the start, and every
submission is read back. What must hold is in `Report.failures`; the figures are in
`Report.text()`.
"""

from __future__ import annotations

import asyncio
import math
import re
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from tests.e2e.running import ROOT, Service

SLUG = "insert-positions"
PROBLEM = ROOT / "problems" / SLUG
PASSWORD = "load test passphrase"
HEALTH_INTERVAL = 0.1
HEALTH_P95_LIMIT = 1.0


@dataclass(frozen=True)
class Size:
    submissions: int
    logins: int
    streams: int
    users: int = 5
    timeout: float = 600.0
    """Seconds for the whole scenario; past it, what is unfinished is reported as failed."""


FULL = Size(submissions=100, logins=200, streams=50, timeout=900.0)
SMALL = Size(submissions=15, logins=40, streams=10, timeout=150.0)

# One cycle of twenty: every known-wrong submission within the first ten (the small version
# meets every verdict), linear_scan once (it runs into the time limit: about 7 s of grading).
MIX = ("reference.py", "wrong/last_duplicate.py", "reference.py", "wrong/off_by_one_high.py",
       "reference.py", "wrong/uses_bisect.py", "reference.py", "wrong/linear_scan.py",
       "reference.py", "reference.py", "reference.py", "wrong/last_duplicate.py",
       "reference.py", "wrong/off_by_one_high.py", "reference.py", "wrong/uses_bisect.py",
       "reference.py", "reference.py", "reference.py", "reference.py")


def expected_verdict(path: Path) -> str:
    """Accepted for the reference; a known-wrong file declares its verdict on its first line
    (`# verdict: Wrong Answer`; `# expect:` is read too)."""
    if path.name == "reference.py":
        return "Accepted"
    match = re.match(r"#\s*(?:verdict|expect):\s*(.+)", path.read_text().splitlines()[0])
    if not match:
        raise ValueError(f"{path} does not declare its verdict on its first line")
    return match.group(1).strip()


def configure(service: Service, size: Size) -> None:
    """Limits that let the scenario's own traffic through: it measures the service under
    load, not its limits (SQLite in the service's folder and the Docker sandbox as set)."""
    per_user = math.ceil(size.submissions / size.users)
    service.env.update(JUDGE_SUBMISSIONS_PER_MINUTE=str(max(12, 4 * per_user)),
                       JUDGE_QUEUE_CAP=str(max(500, 2 * size.submissions)))
    # The default lease: the e2e helper's 3 s is for killing workers, and here a lease lost
    # under load would be a finding, not an artefact of the set-up.
    service.env.pop("JUDGE_LEASE_SECONDS", None)
    # The cap on open event streams per user, above the scenario's watchers plus one final
    # read per user: this measures load, not the cap (a 429 on a stream is still accepted).
    service.env["JUDGE_STREAMS_PER_USER"] = str(math.ceil(size.streams / size.users) + 4)


def quantile(values: list[float], q: float) -> float:
    """Nearest rank: always an observed value, fair for small samples."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q * len(ordered)) - 1)] if ordered else 0.0


def percentiles(values: list[float]) -> str:
    if not values:
        return "n=0"
    return (f"n={len(values)} p50 {quantile(values, 0.5):.3f} s, "
            f"p95 {quantile(values, 0.95):.3f} s, max {max(values):.3f} s")


@dataclass
class StreamRead:
    status: int | None
    opened: float
    events: list[tuple[str, str]]


@dataclass
class Planned:
    index: int
    user: int
    path: Path
    expected: str
    id: int | None = None
    posted: asyncio.Future = field(default_factory=lambda: asyncio.get_running_loop()
                                   .create_future())
    """Resolves to the id once the POST is answered (None if it failed)."""
    final: StreamRead | None = None
    """Its event stream, read from the start once the user has posted everything."""


class HealthProbe:
    """GET /api/health every HEALTH_INTERVAL s in a thread: (start, seconds, status|None)."""

    def __init__(self, url: str) -> None:
        self.url = url + "/api/health"
        self.samples: list[tuple[float, float, int | None]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="health-probe", daemon=True)

    def __enter__(self) -> HealthProbe:
        self._thread.start()
        return self

    def __exit__(self, *_) -> None:
        self._stop.set()
        self._thread.join(60)

    def _run(self) -> None:
        with httpx.Client(timeout=30) as client:
            while not self._stop.is_set():
                start = time.monotonic()
                try:
                    status: int | None = client.get(self.url).status_code
                except httpx.TransportError:
                    status = None
                self.samples.append((start, time.monotonic() - start, status))
                self._stop.wait(HEALTH_INTERVAL)  # pacing, not synchronisation


@dataclass
class Report:
    size: Size
    workers: int
    total_seconds: float = 0.0
    flood: tuple[float, float] = (0.0, 0.0)
    failures: list[str] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    """(kind of request, status) for every answer the client got."""
    latencies: dict[str, list[float]] = field(default_factory=dict)
    verdicts: Counter = field(default_factory=Counter)
    attempts: Counter = field(default_factory=Counter)
    health: list[tuple[float, float, int | None]] = field(default_factory=list)
    server_errors: list[str] = field(default_factory=list)

    def time(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)

    def fail(self, message: str) -> None:
        self.failures.append(message)

    def health_during_flood(self) -> list[float]:
        start, end = self.flood
        return [seconds for at, seconds, _ in self.health if start <= at <= end]

    def text(self) -> str:
        s = self.size
        flood_seconds = self.flood[1] - self.flood[0]
        by_kind: dict[str, Counter] = {}
        for (kind, status), count in self.statuses.items():
            by_kind.setdefault(kind, Counter())[status] = count
        lines = [
            f"load: {s.submissions} submissions from {s.users} users, {s.logins} wrong logins,"
            f" {s.streams} event streams; judge serve with {self.workers} workers, SQLite,"
            f" Docker",
            f"total time {self.total_seconds:.1f} s; the login flood lasted"
            f" {flood_seconds:.1f} s",
            "verdicts: " + ", ".join(f"{v} {n}" for v, n in self.verdicts.most_common()),
            "attempts: " + ", ".join(f"{a}: {n}" for a, n in sorted(self.attempts.items())),
            "answers by request (status: count):",
            *(f"  {kind:<12} " + ", ".join(f"{st or 'no answer'}: {n}"
                                           for st, n in sorted(c.items()))
              for kind, c in sorted(by_kind.items())),
            "latencies (p50 / p95 / max):",
            *(f"  {kind:<26} {percentiles(values)}"
              for kind, values in sorted(self.latencies.items())),
            f"  {'health during the flood':<26} {percentiles(self.health_during_flood())}",
            f"  {'health, whole run':<26} {percentiles([x for _, x, _ in self.health])}",
            f"5xx answers: {sum(n for (_, st), n in self.statuses.items() if st >= 500)};"
            f" server log errors: {len(self.server_errors)}",
        ]
        if self.failures:
            lines += [f"FAILURES ({len(self.failures)}):", *(f"  - {f}" for f in
                                                             self.failures[:50])]
            if len(self.failures) > 50:
                lines.append(f"  ... and {len(self.failures) - 50} more")
        if self.server_errors:
            lines += ["server log (errors, first 30 lines):",
                      *(f"  {line}" for line in self.server_errors[:30])]
        return "\n".join(lines)


class Scenario:
    def __init__(self, url: str, size: Size, workers: int) -> None:
        self.url = url
        self.size = size
        self.report = Report(size, workers)
        self.tokens: list[dict] = []
        self.users = [f"load-{secrets.token_hex(3)}-{u}" for u in range(size.users)]

    def _kind(self, request: httpx.Request) -> str:
        path = request.url.path
        if path.startswith("/api/auth/"):
            return path.rsplit("/", 1)[1]
        if path.endswith("/events"):
            return "events"
        if path.startswith("/api/submissions"):
            return "submit" if request.method == "POST" else "submission"
        return path

    async def _count(self, response: httpx.Response) -> None:
        kind = self._kind(response.request)
        self.report.statuses[(kind, response.status_code)] += 1
        if response.status_code >= 500:
            self.report.fail(f"{response.status_code} from {response.request.method} "
                             f"{response.request.url.path}")

    async def run(self) -> Report:
        report = self.report
        started = time.monotonic()
        # No keep-alive: uvicorn closes a connection idle for 5 s, and a request sent on it
        # at that moment fails with ReadError before the server sees it (a client-side race
        # seen once under load, not an answer of the service).
        limits = httpx.Limits(max_connections=2000, max_keepalive_connections=0)
        # A stream is quiet while its submission waits in the queue, and a login in a flood
        # may wait long: latencies are measured, not failed; the whole is bounded by
        # size.timeout.
        timeout = httpx.Timeout(self.size.timeout, connect=30, pool=None)
        async with httpx.AsyncClient(base_url=self.url, limits=limits, timeout=timeout,
                                     event_hooks={"response": [self._count]}) as client:
            self.client = client
            await self._register()
            plan = self._plan()
            with HealthProbe(self.url) as probe:
                try:
                    await asyncio.wait_for(self._traffic(plan), self.size.timeout)
                except TimeoutError:
                    report.fail(f"not finished within {self.size.timeout:.0f} s")
            report.health = probe.samples
            await self._check(plan)
        report.total_seconds = time.monotonic() - started
        self._check_health()
        return report

    async def _register(self) -> None:
        async def one(name: str) -> dict:
            response = await self.client.post("/api/auth/register",
                                              json={"username": name, "password": PASSWORD})
            response.raise_for_status()
            return {"Authorization": f"Bearer {response.json()['token']}"}

        self.tokens = list(await asyncio.gather(*(one(name) for name in self.users)))

    def _plan(self) -> list[Planned]:
        plan = []
        for i in range(self.size.submissions):
            path = PROBLEM / MIX[i % len(MIX)]
            plan.append(Planned(i, i % self.size.users, path, expected_verdict(path)))
        return plan

    async def _traffic(self, plan: list[Planned]) -> None:
        users = range(self.size.users)
        own = [[p for p in plan if p.user == u] for u in users]
        watchers = []
        for j in range(self.size.streams):
            mine = own[j % self.size.users]
            per_user = math.ceil(self.size.streams / self.size.users)
            if mine:
                watchers.append(self._watch(mine[(j // self.size.users) * len(mine)
                                                 // per_user]))
        await asyncio.gather(*(self._submit_and_follow(own[u]) for u in users),
                             self._flood(plan), *watchers)

    async def _submit_and_follow(self, mine: list[Planned]) -> None:
        """One user: posts their submissions one after another, then reads each one's event
        stream from the start to its end: the stream is how the user waits for a verdict."""
        for planned in mine:
            code = planned.path.read_text()
            start = time.monotonic()
            try:
                response = await self.client.post(
                    "/api/submissions", headers=self.tokens[planned.user],
                    json={"problem": SLUG, "code": code})
            except httpx.TransportError as exc:
                self.report.fail(f"submission {planned.index}: {exc!r}")
                planned.posted.set_result(None)
                continue
            self.report.time("submit (POST)", time.monotonic() - start)
            if response.status_code != 202:
                self.report.fail(f"submission {planned.index}: {response.status_code} "
                                 f"{response.text[:200]}")
                planned.posted.set_result(None)
                continue
            planned.id = response.json()["id"]
            planned.posted.set_result(planned.id)
        for planned in mine:
            if planned.id is not None:
                planned.final = await self._stream(planned, "final read")

    async def _watch(self, planned: Planned) -> None:
        """A member watching a grade live: opens the stream as soon as the submission has
        an id and holds it until `finished`."""
        if await planned.posted is None:
            return
        read = await self._stream(planned, "watch", retry=False)
        if read.status == 200:
            self._check_finished(planned, read, "watched stream")

    async def _stream(self, planned: Planned, kind: str, retry: bool = True) -> StreamRead:
        """Reads an event stream to its end. 429 (a cap on open streams) is a right answer:
        a watcher gives up; the final read waits as told by Retry-After and tries again."""
        while True:
            start = time.monotonic()
            try:
                async with self.client.stream("GET", f"/api/submissions/{planned.id}/events",
                                              headers=self.tokens[planned.user]) as response:
                    opened = time.monotonic() - start
                    self.report.time(f"stream open ({kind})", opened)
                    if response.status_code == 200:
                        return StreamRead(200, opened, await self._events(response))
                    await response.aread()
                    if response.status_code != 429 or not retry:
                        if response.status_code != 429:
                            self.report.fail(f"stream of {planned.id}: "
                                             f"{response.status_code} {response.text[:200]}")
                        return StreamRead(response.status_code, opened, [])
                    wait = float(response.headers.get("retry-after", "1"))
            except httpx.TransportError as exc:
                self.report.fail(f"stream of {planned.id} ({kind}): {exc!r}")
                return StreamRead(None, time.monotonic() - start, [])
            await asyncio.sleep(min(wait, 5.0))  # the server's own instruction to come back

    @staticmethod
    async def _events(response: httpx.Response) -> list[tuple[str, str]]:
        events, kind = [], None
        async for line in response.aiter_lines():
            if line.startswith("event:"):
                kind = line.split(":", 1)[1].strip()
            elif line.startswith("data:") and kind is not None:
                events.append((kind, line.split(":", 1)[1].strip()))
                kind = None
        return events

    async def _flood(self, plan: list[Planned]) -> None:
        """Every wrong login at once, once the first submission is in (so grading runs
        through the flood). One in twenty is for a real user's name, the rest for names
        nobody has: the per-name throttle is not what is measured."""
        await plan[0].posted
        tag = secrets.token_hex(3)

        async def one(i: int) -> None:
            name = (self.users[(i // 20) % len(self.users)] if i % 20 == 19
                    else f"nobody-{tag}-{i}")
            start = time.monotonic()
            try:
                response = await self.client.post(
                    "/api/auth/login", json={"username": name, "password": "not the password"})
            except httpx.TransportError as exc:
                self.report.fail(f"wrong login {i}: {exc!r}")
                return
            self.report.time("wrong login", time.monotonic() - start)
            if response.status_code not in (401, 429):
                self.report.fail(f"wrong login {i} for {name}: {response.status_code} "
                                 f"{response.text[:200]}")

        start = time.monotonic()
        await asyncio.gather(*(one(i) for i in range(self.size.logins)))
        self.report.flood = (start, time.monotonic())

    def _check_finished(self, planned: Planned, read: StreamRead, what: str) -> None:
        finished = [data for kind, data in read.events if kind == "finished"]
        if len(finished) != 1:
            self.report.fail(f"submission {planned.id}: its {what} showed {len(finished)} "
                             f"`finished` events: {read.events}")
        elif f'"{planned.expected}"' not in finished[0]:
            self.report.fail(f"submission {planned.id} ({planned.path.name}): its {what} "
                             f"finished with {finished[0]}, expected {planned.expected}")

    async def _check(self, plan: list[Planned]) -> None:
        """Every submission read back: done, the declared verdict, graded once."""
        for planned in plan:
            if planned.id is None:
                continue
            response = await self.client.get(f"/api/submissions/{planned.id}",
                                              headers=self.tokens[planned.user])
            if response.status_code != 200:
                self.report.fail(f"reading submission {planned.id}: {response.status_code}")
                continue
            body = response.json()
            self.report.verdicts[body["verdict"] or body["status"]] += 1
            self.report.attempts[body["attempts"]] += 1
            where = f"submission {planned.id} ({planned.path.name})"
            if body["status"] != "done":
                self.report.fail(f"{where} is still {body['status']}")
                continue
            if body["verdict"] == "Internal Error":
                message = (body.get("result") or {}).get("message")
                self.report.fail(f"{where}: Internal Error: {message}")
            elif body["verdict"] != planned.expected:
                self.report.fail(f"{where}: {body['verdict']}, expected {planned.expected}")
            if body["attempts"] != 1:
                self.report.fail(f"{where}: graded in {body['attempts']} attempts")
            self.report.time("turnaround (POST->done)",
                             _seconds(body["created_at"], body["finished_at"]))
            final = planned.final
            if final is None or final.status != 200:
                self.report.fail(f"{where}: its event stream was never read to the end")
                continue
            self._check_finished(planned, final, "event stream")
            tests = [kind for kind, _ in final.events if kind == "test"]
            graded = len((body.get("result") or {}).get("tests", []))
            if len(tests) != graded:
                self.report.fail(f"{where}: {len(tests)} `test` events for {graded} tests")

    def _check_health(self) -> None:
        report = self.report
        if not report.health:
            report.fail("/api/health was never answered")
        bad = Counter(status for _, _, status in report.health if status != 200)
        if bad:
            report.fail(f"/api/health answered other than 200: {dict(bad)} "
                        "(None: no answer)")
        for _, _, status in report.health:
            report.statuses[("health", status if status is not None else 0)] += 1
        during = report.health_during_flood()
        if not during:
            report.fail("no /api/health sample during the flood")
        elif quantile(during, 0.95) >= HEALTH_P95_LIMIT:
            report.fail(f"/api/health p95 during the flood {quantile(during, 0.95):.2f} s, "
                        f"over the {HEALTH_P95_LIMIT} s limit")


def _seconds(start: str, end: str) -> float:
    from datetime import datetime

    return (datetime.fromisoformat(end) - datetime.fromisoformat(start)).total_seconds()


SERVER_ERROR = re.compile(r'Traceback|\bERROR\b|CRITICAL|HTTP/1\.1" 5\d\d |Internal Error')


def server_errors(log: Path) -> list[str]:
    """The server log's lines that say something went wrong (tracebacks, errors, 5xx)."""
    if not log.exists():
        return []
    return [line for line in log.read_text(errors="replace").splitlines()
            if SERVER_ERROR.search(line)]


def run_load(folder: Path, size: Size, workers: int = 2) -> Report:
    """Starts `judge serve` in `folder`, runs the scenario against it, stops it."""
    service = Service(folder)
    configure(service, size)
    try:
        service.serve(workers=workers)
        report = _in_own_thread(lambda: asyncio.run(Scenario(service.url, size, workers).run()))
        for process in service.processes:
            service.stop(process)  # SIGTERM: a clean shutdown, its log lines included
    finally:
        service.close()
    report.server_errors = server_errors(folder / "serve.log")
    if report.server_errors:
        report.fail(f"{len(report.server_errors)} error lines in the server log "
                    f"({folder / 'serve.log'})")
    return report


def _in_own_thread(run):
    """Runs `run` in a thread of its own: asyncio.run needs a thread with no event loop, and
    the test session's main thread may hold one (Playwright's sync API keeps one running
    while the browser fixture lives)."""
    results: list = []
    errors: list[BaseException] = []

    def target() -> None:
        try:
            results.append(run())
        except BaseException as exc:  # handed to the caller
            errors.append(exc)

    thread = threading.Thread(target=target, name="load-scenario")
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
    return results[0]
