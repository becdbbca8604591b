"""The service as it runs for real: `judge serve` (uvicorn) and `judge worker` processes,
grading in Docker, driven by the `judge` CLI and by HTTP; workers killed mid-grade and a
server restarted with work queued."""

import json
import signal
import time
from pathlib import Path

import httpx
import pytest

from .running import ROOT, Service

PROBLEM = ROOT / "problems" / "insert-positions"
# Correct, but slow in wall time (not CPU time): its first calls sleep, so a grade lasts
# long enough to kill the worker in the middle of it.
SLOW_GOOD = ("import time\n\ncalls = [0]\n\n" + (PROBLEM / "reference.py").read_text()
             .replace("def insert_positions(nums: list[int], queries: list[int]) -> list[int]:\n",
                      "def insert_positions(nums: list[int], queries: list[int]) -> list[int]:\n"
                      "    calls[0] += 1\n"
                      "    if calls[0] <= 12:\n"
                      "        time.sleep(0.5)\n"))

pytestmark = pytest.mark.docker


def _token(service: Service) -> dict:
    config = json.loads((Path(service.env["JUDGE_CONFIG_DIR"]) / "config.json").read_text())
    return {"Authorization": f"Bearer {config['token']}"}


def _serve_as_ada(service: Service, workers: int):
    """The server with `workers` in-process graders, and ada registered: (process, her auth)."""
    process = service.serve(workers=workers)
    assert service.judge("register", "ada").returncode == 0
    return process, _token(service)


def _wait_done(service: Service, auth: dict, submission_id: int, timeout: float = 180) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        body = httpx.get(f"{service.url}/api/submissions/{submission_id}", headers=auth,
                         timeout=10).json()
        if body["status"] == "done":
            return body
        time.sleep(0.2)
    raise AssertionError(f"submission {submission_id} not graded: {body}")


def _events(service: Service, auth: dict, submission_id: int) -> list[str]:
    with httpx.stream("GET", f"{service.url}/api/submissions/{submission_id}/events",
                      headers=auth, timeout=60) as response:
        return [line.split(": ", 1)[1] for line in response.iter_lines()
                if line.startswith("event: ")]


def test_the_cli_against_a_real_server(service: Service) -> None:
    service.serve(workers=1)
    before = service.judge("submissions")
    assert before.returncode == 2 and "not logged in" in before.stderr
    registered = service.judge("register", "ada")
    assert registered.returncode == 0, registered.stderr
    assert "logged in as ada" in registered.stdout
    config = Path(service.env["JUDGE_CONFIG_DIR"]) / "config.json"
    assert config.stat().st_mode & 0o777 == 0o600

    wrong = service.judge("submit", "insert-positions", str(PROBLEM / "wrong" /
                                                            "off_by_one_high.py"))
    assert wrong.returncode == 1, wrong.stderr
    assert "Wrong Answer" in wrong.stdout and "first failing test" in wrong.stdout
    good = service.judge("submit", "insert-positions", str(PROBLEM / "reference.py"))
    assert good.returncode == 0, good.stderr
    assert "Accepted" in good.stdout and "docker sandbox" in good.stdout
    samples = service.judge("submit", "--samples", "--json", "insert-positions",
                            str(PROBLEM / "reference.py"))
    assert samples.returncode == 0, samples.stderr
    body = json.loads(samples.stdout)
    assert body["mode"] == "samples" and {t["group"] for t in body["result"]["tests"]} == {
        "sample"}

    own = service.logs / "in.txt"
    own.write_text("nums = [4]\nqueries = [4, 5]\n")
    run = service.judge("submit", "insert-positions", str(PROBLEM / "reference.py"),
                        "--input", str(own))
    assert run.returncode == 0, run.stderr
    assert "on your input" in run.stdout and "reference: [0, 1]" in run.stdout
    own.write_text("nums = [4]\n")
    refused = service.judge("submit", "insert-positions", str(PROBLEM / "reference.py"),
                            "--input", str(own))
    assert refused.returncode == 2 and "your input: missing: queries" in refused.stderr

    listing = service.judge("submissions", "--json")
    assert listing.returncode == 0
    rows = json.loads(listing.stdout)
    assert [r["verdict"] for r in rows] == ["Accepted", "Accepted", "Accepted", "Wrong Answer"]
    assert rows[0]["mode"] == "custom"
    status = service.judge("status", str(rows[-1]["id"]))
    assert status.returncode == 1 and "Wrong Answer" in status.stdout

    for args, needle in [(("submit", "no-such", str(PROBLEM / "reference.py")), "no problem"),
                         (("submit", "insert-positions", "missing.py"), "no such file"),
                         (("status", "99999"), "no submission 99999"),
                         (("login", "ada", "--password", "wrong password"), "wrong username")]:
        result = service.judge(*args)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert needle in result.stderr and "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1

    login = service.judge("login", "ada")
    assert login.returncode == 0 and "logged in as ada" in login.stdout

    # Tokens: one from registering, one from the login; the old one is revoked by id.
    auth = _token(service)
    tokens = httpx.get(f"{service.url}/api/auth/tokens", headers=auth).json()
    assert [t["current"] for t in tokens] == [True, False]
    listed = service.judge("token", "list")
    assert listed.returncode == 0 and f"{tokens[0]['id']} (this one)" in listed.stdout
    old = tokens[-1]["id"]
    assert service.judge("token", "revoke", str(old)).returncode == 0
    again = service.judge("token", "revoke", str(old))
    assert again.returncode == 2 and f"no token {old}" in again.stderr
    assert [t["id"] for t in httpx.get(f"{service.url}/api/auth/tokens",
                                       headers=auth).json()] == [tokens[0]["id"]]

    logout = service.judge("logout")
    assert logout.returncode == 0 and "logged out" in logout.stdout
    assert httpx.get(f"{service.url}/api/auth/me", headers=auth).status_code == 401
    after = service.judge("submissions")
    assert after.returncode == 2 and "not logged in" in after.stderr


def test_forwarded_addresses_are_believed_only_from_named_proxies(tmp_path: Path) -> None:
    """The login limits count by address: a client that could name its own address in
    X-Forwarded-For would never be throttled."""
    for trusted, throttled in (("", True), ("127.0.0.1", False)):
        folder = tmp_path / (trusted or "none")
        folder.mkdir()
        service = Service(folder)
        service.env["JUDGE_TRUSTED_PROXIES"] = trusted
        try:
            service.serve(workers=0)
            answers = [httpx.post(f"{service.url}/api/auth/login", timeout=10,
                                  headers={"X-Forwarded-For": f"10.9.0.{i}"},
                                  json={"username": "ada", "password": "not her password"}
                                  ).status_code for i in range(11)]
            assert answers[:10] == [401] * 10
            assert answers[10] == (429 if throttled else 401), (trusted, answers)
        finally:
            service.close()


def test_a_worker_killed_mid_grade_loses_nothing_and_the_result_is_written_once(
        service: Service) -> None:
    """On SQLite; on PostgreSQL (SKIP LOCKED claims), tests/service/test_many_workers.py
    kills one of three workers mid-grade."""
    _, auth = _serve_as_ada(service, workers=0)
    submission_id = httpx.post(f"{service.url}/api/submissions", headers=auth, timeout=10,
                               json={"problem": "insert-positions", "code": SLOW_GOOD}
                               ).json()["id"]
    doomed = service.start("worker", name="worker-1")
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:  # wait until it is mid-grade
        state = httpx.get(f"{service.url}/api/submissions/{submission_id}",
                          headers=auth).json()
        if state["status"] == "running":
            time.sleep(3)  # a few tests into the grade
            break
        time.sleep(0.2)
    assert state["status"] == "running"
    service.stop(doomed, signal.SIGKILL)
    assert httpx.get(f"{service.url}/api/submissions/{submission_id}",
                     headers=auth).json()["status"] == "running"  # nobody finished it

    service.start("worker", name="worker-2")  # picks it up once the 3 s lease runs out
    body = _wait_done(service, auth, submission_id)
    assert body["verdict"] == "Accepted" and body["attempts"] == 2
    # The stream carries the second attempt only: the dead one's test events stay behind.
    events = _events(service, auth, submission_id)
    assert events[0] == "started" and events[-1] == "finished"
    assert events.count("started") == 1 and events.count("finished") == 1
    assert events.count("test") == len(body["result"]["tests"])


def test_a_restarted_server_grades_the_work_queued_before(shared_service: Service) -> None:
    service = shared_service
    first, auth = _serve_as_ada(service, workers=0)
    ids = [httpx.post(f"{service.url}/api/submissions", headers=auth, timeout=10,
                      json={"problem": "insert-positions",
                            "code": (PROBLEM / "reference.py").read_text()}).json()["id"]
           for _ in range(2)]
    service.stop(first)
    service.serve(workers=1)
    for submission_id in ids:
        assert _wait_done(service, auth, submission_id)["verdict"] == "Accepted"


def test_two_worker_processes_share_the_queue_and_grade_each_submission_once(
        service: Service) -> None:
    """On SQLite; on PostgreSQL, tests/service/test_many_workers.py has three workers share
    300 submissions."""
    _, auth = _serve_as_ada(service, workers=0)
    reference = (PROBLEM / "reference.py").read_text()
    wrong = (PROBLEM / "wrong" / "off_by_one_high.py").read_text()
    ids = [httpx.post(f"{service.url}/api/submissions", headers=auth, timeout=10,
                      json={"problem": "insert-positions",
                            "code": reference if i % 2 else wrong}).json()["id"]
           for i in range(8)]
    service.start("worker", name="worker-a")
    service.start("worker", name="worker-b")
    for index, submission_id in enumerate(ids):
        body = _wait_done(service, auth, submission_id)
        assert body["verdict"] == ("Accepted" if index % 2 else "Wrong Answer")
        assert body["attempts"] == 1
        events = _events(service, auth, submission_id)
        assert events.count("started") == 1 and events.count("finished") == 1


def test_study_groups_from_the_cli(service: Service) -> None:
    service.serve(workers=1)
    assert service.judge("register", "ada").returncode == 0
    assert service.judge("register", "bob", config="bob").returncode == 0
    created = service.judge("group", "create", "Tuesday circle")
    assert created.returncode == 0, created.stderr
    code = created.stdout.split("judge group join ")[1].split()[0]
    assert service.judge("group", "join", code, config="bob").returncode == 0
    outsider = service.judge("register", "dave", config="dave")
    assert outsider.returncode == 0
    hidden = service.judge("leaderboard", "1", config="dave")
    assert hidden.returncode == 2 and "no group 1" in hidden.stderr

    reference = str(PROBLEM / "reference.py")
    assert service.judge("submit", "insert-positions", reference, config="bob").returncode == 0
    assert service.judge("submit", "--samples", "insert-positions", reference).returncode == 0

    board = service.judge("leaderboard", "Tuesday circle", "--json")
    assert board.returncode == 0, board.stderr
    rows = json.loads(board.stdout)["rows"]
    assert [(r["rank"], r["username"], r["points"]) for r in rows] == [(1, "bob", 1),
                                                                       (2, "ada", 0)]
    assert rows[1]["attempts"] == 0  # ada's samples-only run does not count
    table = service.judge("leaderboard", "Tuesday circle", "--week")
    assert table.returncode == 0 and "this week" in table.stdout and "bob" in table.stdout

    plan = service.judge("plan", "Tuesday circle", config="bob")
    assert plan.returncode == 0 and "you have solved 1 of" in plan.stdout
    assert "Week 1" in plan.stdout and "insert-positions" in plan.stdout

    mine = service.judge("plan", "--mine", config="bob")
    assert mine.returncode == 0, mine.stderr
    assert "(built-in), week 1 of 5" in mine.stdout and "you have solved 1 of" in mine.stdout
    assert "next: " in mine.stdout and "← this week" in mine.stdout
    assert "Week 5: Review" in mine.stdout and "--all lists" in mine.stdout
    followed = service.judge("plan", "--follow", "Tuesday circle", "--json", config="bob")
    assert followed.returncode == 0, followed.stderr
    body = json.loads(followed.stdout)
    assert (body["source"], body["group"], body["done"]) == ("group", "Tuesday circle", 1)
    assert body["next"]["slug"] != "insert-positions"
    refused = service.judge("plan", "--follow", "1", config="dave")
    assert refused.returncode == 2 and "no group 1" in refused.stderr
    both = service.judge("plan", "Tuesday circle", "--mine", config="bob")
    assert both.returncode == 2 and "not both" in both.stderr
    queue = service.judge("review", config="bob")
    assert queue.returncode == 0, queue.stderr
    assert "nothing is due for review" in queue.stdout
    assert "coming up in the next 14 days: insert-positions (" in queue.stdout
    stats = service.judge("stats", config="bob")
    assert stats.returncode == 0, stats.stderr
    assert "solved 1 of" in stats.stdout and "Where to practise" in stats.stdout
    assert "last 84 days: 1 full runs, 1 Accepted, on 1 days" in stats.stdout

    idle = service.judge("mock", config="bob")
    assert idle.returncode == 0 and "no mock interview is running" in idle.stdout
    started = service.judge("mock", "start", "data", "--minutes", "10", config="bob")
    assert started.returncode == 0, started.stderr
    assert "SQL and pandas mock interview" in started.stdout
    assert "problem 1 of 2" in started.stdout and "no hints" in started.stdout
    busy = service.judge("mock", "start", "ml", config="bob")
    assert busy.returncode == 2 and "already running" in busy.stderr
    assert "problem 2 of 2" in service.judge("mock", "next", config="bob").stdout
    report = service.judge("mock", "finish", config="bob")
    assert report.returncode == 0 and "solved 0 of 2" in report.stdout
    assert "patterns missed:" in report.stdout
    mock_id = json.loads(service.judge("mock", "history", "--json", config="bob").stdout)[0]["id"]
    assert service.judge("mock", "share", str(mock_id), config="bob").returncode == 0
    seen = service.judge("mock", "show", str(mock_id))  # ada, a fellow member
    assert seen.returncode == 0 and "by bob" in seen.stdout
    hidden = service.judge("mock", "show", str(mock_id), config="dave")
    assert hidden.returncode == 2 and f"no mock interview {mock_id}" in hidden.stderr
    unknown = service.judge("mock", "start", "cooking", config="bob")
    assert unknown.returncode == 2 and "no round 'cooking'" in unknown.stderr
    shown = service.judge("group", "show", "Tuesday circle", config="bob")
    assert shown.returncode == 0 and "ada (owner)" in shown.stdout

    refused = service.judge("group", "leave", "Tuesday circle")
    assert refused.returncode == 2 and "transfer ownership first" in refused.stderr
    assert service.judge("group", "transfer", "Tuesday circle", "bob").returncode == 0
    assert service.judge("group", "leave", "Tuesday circle").returncode == 0
    gone = service.judge("group", "show", "Tuesday circle")
    assert gone.returncode == 2 and "no group named" in gone.stderr


def _submit_slow_and_wait_running(service: Service, auth: dict) -> int:
    submission_id = httpx.post(f"{service.url}/api/submissions", headers=auth, timeout=10,
                               json={"problem": "insert-positions", "code": SLOW_GOOD}
                               ).json()["id"]
    deadline = time.monotonic() + 60
    while httpx.get(f"{service.url}/api/submissions/{submission_id}",
                    headers=auth).json()["status"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.1)
    return submission_id


def test_stopping_the_server_mid_grade_loses_nothing_and_leaves_no_sandbox(
        service: Service) -> None:
    first, auth = _serve_as_ada(service, workers=1)
    service.wait_for_sandboxes(first, 2)  # its warm pool: no imports, and numpy
    submission_id = _submit_slow_and_wait_running(service, auth)
    assert len(service.sandboxes(first)) >= 2  # the one grading, and numpy's still waiting
    service.stop(first)  # SIGTERM: the grade either finishes or goes back to the queue
    # uvicorn ends by the signal it caught, after the app's shutdown
    assert first.returncode in (0, -signal.SIGTERM), (service.logs / "serve.log").read_text()
    assert service.sandboxes(first) == [], (service.logs / "serve.log").read_text()[-3000:]
    service.serve(workers=1)
    body = _wait_done(service, auth, submission_id)
    assert body["verdict"] == "Accepted"
    assert _events(service, auth, submission_id).count("finished") == 1


def test_stopping_a_worker_mid_grade_hands_it_back_and_leaves_no_sandbox(
        service: Service) -> None:
    _, auth = _serve_as_ada(service, workers=0)
    worker = service.start("worker", name="worker")
    service.wait_for_sandboxes(worker, 2)
    submission_id = _submit_slow_and_wait_running(service, auth)
    assert len(service.sandboxes(worker)) >= 2  # the one grading, and numpy's still waiting
    service.stop(worker)  # SIGTERM
    log = (service.logs / "worker.log").read_text()
    assert worker.returncode == 0, log
    assert service.sandboxes(worker) == [], log[-3000:]
    # six seconds of sleeping: longer than a stop lets a grade run, so it went back, and
    # that attempt does not count
    state = httpx.get(f"{service.url}/api/submissions/{submission_id}", headers=auth).json()
    assert (state["status"], state["attempts"]) == ("queued", 0), log[-3000:]
    assert f"submission(s) {submission_id} handed back" in log
    service.start("worker", name="worker-2")
    body = _wait_done(service, auth, submission_id)
    assert (body["verdict"], body["attempts"]) == ("Accepted", 1)
