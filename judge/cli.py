"""The `judge` command line, for one person on their own machine.

Exit codes: 0 when the submission is Accepted (or a command succeeds), 1 when it is not (or
`verify` finds a fault), 2 on a usage error (a bad flag, an unknown problem, an unreadable file,
no sandbox). Errors are one line on stderr, never a traceback.
"""

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markdown import Markdown
from rich.table import Table

from sandbox.errors import SandboxError

from .errors import JudgeError, SubmissionFileError
from .problems import ProblemRepository
from .problems.model import CATEGORIES
from .settings import Settings, get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="A practice judge for machine-learning-engineer interviews.")
sandbox_app = typer.Typer(no_args_is_help=True, help="The sandbox runtime image.")
app.add_typer(sandbox_app, name="sandbox")
group_app = typer.Typer(no_args_is_help=True, help="Study groups on the judge's server.")
app.add_typer(group_app, name="group")

out = Console()
err = Console(stderr=True, soft_wrap=True)  # an error stays one line, however long
MAX_SUBMISSION_BYTES = 256 * 1024

SandboxOpt = Annotated[str | None, typer.Option(
    "--sandbox", help="auto, docker or local (default: the JUDGE_SANDBOX setting, auto)")]


class UsageError(JudgeError):
    """A bad argument, reported with exit code 2."""


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}", highlight=False, markup=True)
    raise typer.Exit(code)


def _repo(settings: Settings) -> ProblemRepository:
    return ProblemRepository(settings.problems_dir)


def _backend(choice: str | None, settings: Settings):
    from .sandboxes import select_backend

    return select_backend(choice or settings.sandbox, settings)


def read_submission(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SubmissionFileError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise SubmissionFileError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise SubmissionFileError(f"cannot read {path}: {exc.strerror}") from None
    if len(data) > MAX_SUBMISSION_BYTES:
        raise SubmissionFileError(f"{path} is larger than {MAX_SUBMISSION_BYTES // 1024} KiB")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise SubmissionFileError(f"{path} is not UTF-8 text") from None
    if not text.strip():
        raise SubmissionFileError(f"{path} is empty")
    return text


@app.command("list")
def list_problems(
    category: Annotated[str | None, typer.Option(help="algorithms, ml, statistics, pandas, sql")]
    = None,
    pattern: Annotated[str | None, typer.Option(help="a pattern tag, e.g. binary-search")]
    = None,
    difficulty: Annotated[str | None, typer.Option(help="easy, medium or hard")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """List the problems, optionally filtered."""
    if category and category not in CATEGORIES:
        raise UsageError(f"unknown category {category!r}: use one of {', '.join(CATEGORIES)}")
    if difficulty and difficulty not in ("easy", "medium", "hard"):
        raise UsageError(f"unknown difficulty {difficulty!r}: use easy, medium or hard")
    problems = [meta for meta in _repo(get_settings()).catalogue()
                if (not category or meta.category == category)
                and (not pattern or pattern in meta.patterns)
                and (not difficulty or meta.difficulty.value == difficulty)]
    if as_json:
        print(json.dumps([meta.model_dump(mode="json") for meta in problems], indent=2))
        return
    table = Table("slug", "title", "difficulty", "category", "kind", "patterns")
    for meta in problems:
        table.add_row(meta.slug, meta.title, meta.difficulty.value, meta.category,
                      meta.kind.value, ", ".join(meta.patterns))
    out.print(table)
    out.print(f"{len(problems)} problem(s)")


@app.command()
def show(slug: str) -> None:
    """Show a problem's statement, examples and limits."""
    from .statement import render_statement

    problem = _repo(get_settings()).get(slug)
    out.print(Markdown(render_statement(problem)))


@app.command()
def start(
    slug: str,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="where to write")] = None,
    force: Annotated[bool, typer.Option(help="overwrite an existing file")] = False,
) -> None:
    """Write a problem's starter code to a file."""
    problem = _repo(get_settings()).get(slug)
    path = output or Path(slug.replace("-", "_") + problem.source_suffix)
    if path.exists() and not force:
        raise UsageError(f"{path} exists; use --force to overwrite it")
    try:
        path.write_text(problem.starter, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    out.print(f"wrote {path}; grade it with: judge test {slug} {path}")


@app.command()
def test(
    slug: str,
    file: Path,
    sandbox: SandboxOpt = None,
    samples: Annotated[bool, typer.Option("--samples", help="run the visible samples only")]
    = False,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable result")] = False,
    growth: Annotated[bool, typer.Option(
        "--growth", help="also measure how the running time grows (always done on TLE)")]
    = False,
) -> None:
    """Grade FILE against problem SLUG locally. Exit 0 on Accepted, 1 otherwise."""
    from .grader import Grader
    from .report import live_progress, print_result, result_json

    settings = get_settings()
    problem = _repo(settings).get(slug)
    code = read_submission(file)
    backend = _backend(sandbox, settings)
    if not as_json:
        err.print(f"[dim]grading {slug} in the {backend.isolation}[/]")
    if as_json:
        result = Grader(problem, backend).grade(
            code, samples_only=samples, growth="always" if growth else "on-tle")
        print(json.dumps(result_json(result), indent=2))
    else:
        with live_progress(out) as on_test:
            result = Grader(problem, backend, on_test=on_test).grade(
                code, samples_only=samples, growth="always" if growth else "on-tle")
        print_result(out, result)
    raise typer.Exit(0 if result.verdict.value == "Accepted" else 1)


@app.command()
def verify(
    slugs: Annotated[list[str] | None, typer.Argument(help="problems to check (default: all)")]
    = None,
    sandbox: SandboxOpt = None,
) -> None:
    """Prove problem packages sound: reference, samples, starter, known-wrong submissions."""
    from .report import print_coverage, print_diagnostics
    from .verify import verify as run_verify

    settings = get_settings()
    repository = _repo(settings)
    for slug in slugs or []:
        if slug not in repository.slugs():
            raise UsageError(f"no problem named {slug!r}")
    backend = _backend(sandbox, settings)
    diag, coverage = run_verify(repository, slugs or [], backend,
                                lambda line: out.print(line, highlight=False))
    print_diagnostics(out, diag)
    if not slugs:
        print_coverage(out, coverage)
    raise typer.Exit(0 if diag.ok else 1)


@sandbox_app.command("build")
def sandbox_build() -> None:
    """Build the sandbox runtime image offline (needs Docker, debootstrap and root)."""
    from sandbox.image import build_runtime_image

    settings = get_settings()
    try:
        tag = build_runtime_image(settings.build_dir / "image", settings.docker_image)
    except Exception as exc:
        raise JudgeError(f"the image build failed: {exc}") from None
    out.print(f"built {tag}")


@sandbox_app.command("status")
def sandbox_status() -> None:
    """Say which sandbox backends can run here."""
    from sandbox.docker_backend import DockerBackend
    from sandbox.local import LocalBackend

    settings = get_settings()
    for backend in (DockerBackend(settings.docker_image), LocalBackend()):
        reason = backend.unavailable_reason()
        out.print(f"{backend.name}: " + ("ready" if reason is None else f"unavailable: {reason}"))


# ---------------------------------------------------------------- the service

@app.command()
def serve(
    host: Annotated[str, typer.Option(help="the address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="the port to listen on")] = 8000,
    workers: Annotated[int | None, typer.Option(
        help="grading threads in this process (default: JUDGE_WORKERS, 1; 0 = none, "
             "leave grading to `judge worker`)")] = None,
) -> None:
    """Run the judge's HTTP API (docs at /docs) with in-process grading workers."""
    import os

    import uvicorn

    if workers is not None:
        if workers < 0:
            raise UsageError("--workers cannot be negative")
        os.environ["JUDGE_WORKERS"] = str(workers)
    settings = get_settings()
    err.print(f"[dim]database: {_shown_url(settings.database)}[/]")
    # By import string: the api package sits above this one and is loaded by uvicorn.
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, log_level="info")


def _shown_url(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


@app.command()
def worker(
    count: Annotated[int | None, typer.Option(
        "--count", "-n", help="grading threads (default: JUDGE_WORKERS, 1)")] = None,
) -> None:
    """Grade queued submissions from the shared database, without the API."""
    import signal
    import threading

    from .store.migrate import open_database
    from .worker import WorkerPool

    settings = get_settings()
    threads = count if count is not None else max(settings.workers, 1)
    if threads < 1:
        raise UsageError("--count must be at least 1")
    backend = _backend(None, settings)  # fails here, with the reason, if no sandbox runs
    engine, sessions = open_database(settings.database)
    pool = WorkerPool.grading(threads, sessions, _repo(settings),
                              lambda: _backend(None, settings), settings.lease_seconds)
    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    pool.start()
    err.print(f"{threads} worker(s) grading in the {backend.isolation}; database "
              f"{_shown_url(settings.database)}; Ctrl-C stops")
    stopping.wait()
    err.print("stopping: unfinished submissions go back to the queue")
    pool.shutdown()
    engine.dispose()


ServerOpt = Annotated[str | None, typer.Option(
    "--server", help="the judge's URL (default: JUDGE_SERVER, the config file, "
                     "http://127.0.0.1:8000)")]


def _client(server: str | None, *, auth: bool = True):
    from . import userconfig
    from .client import ApiClient

    config = userconfig.load()
    url = userconfig.server_url(server)
    token = None
    if auth:
        token = config.get("token") if config.get("server", url) == url else None
        if not token:
            raise UsageError(f"not logged in to {url}: run `judge login` (or `judge register`)")
    return ApiClient(url, token)


def _remember(server: str | None, username: str, token: str) -> None:
    from . import userconfig

    config = userconfig.load()
    config.update(server=userconfig.server_url(server), username=username, token=token)
    path = userconfig.save(config)
    out.print(f"logged in as [bold]{username}[/]; token saved in {path}", highlight=False)


PasswordOpt = Annotated[str, typer.Option(
    prompt=True, hide_input=True, envvar="JUDGE_PASSWORD",
    help="asked for when not given (or set JUDGE_PASSWORD)")]


@app.command()
def register(username: str, server: ServerOpt = None, password: Annotated[str, typer.Option(
        prompt=True, hide_input=True, confirmation_prompt=True, envvar="JUDGE_PASSWORD",
        help="asked for when not given (or set JUDGE_PASSWORD)")] = "") -> None:
    """Create an account on the judge's server and log in."""
    with _client(server, auth=False) as client:
        body = client.request("POST", "/api/auth/register",
                              json={"username": username, "password": password})
    _remember(server, body["username"], body["token"])


@app.command()
def login(username: str, server: ServerOpt = None, password: PasswordOpt = "") -> None:
    """Log in to the judge's server; the token is kept in your config folder (mode 600)."""
    with _client(server, auth=False) as client:
        body = client.request("POST", "/api/auth/login",
                              json={"username": username, "password": password})
    _remember(server, body["username"], body["token"])


@app.command()
def submit(
    slug: str,
    file: Path,
    server: ServerOpt = None,
    samples: Annotated[bool, typer.Option(
        "--samples", help="grade the visible samples only (never counts on a leaderboard)")]
    = False,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable result")] = False,
    wait: Annotated[bool, typer.Option(help="follow the grading to its verdict")] = True,
) -> None:
    """Submit FILE for problem SLUG to the server. Exit 0 on Accepted, 1 otherwise."""
    code = read_submission(file)
    with _client(server) as client:
        accepted = client.request("POST", "/api/submissions", json={
            "problem": slug, "code": code, "mode": "samples" if samples else "full"})
        submission_id = accepted["id"]
        if not wait:
            out.print(json.dumps(accepted) if as_json else f"submitted: {submission_id}")
            return
        if not as_json:
            ahead = accepted.get("queue_ahead")
            err.print(f"[dim]submission {submission_id} queued"
                      + (f" ({ahead} ahead of it)" if ahead else "") + "[/]")
            _follow(client, submission_id)
        body = client.request("GET", f"/api/submissions/{submission_id}")
        while body["status"] != "done":  # the stream ended early (a timeout): poll
            time.sleep(0.5)
            body = client.request("GET", f"/api/submissions/{submission_id}")
    _show_submission(body, as_json)


def _follow(client, submission_id: int) -> None:
    from .report import live_progress
    from .verdicts import TestOutcome, Verdict

    with live_progress(out) as on_test:
        for kind, data in client.events(submission_id):
            if kind == "test":
                on_test(TestOutcome(name=data["name"], group=data["group"],
                                    verdict=Verdict(data["verdict"]), seconds=data["seconds"]))
            elif kind == "started" and data.get("attempt", 1) > 1:
                err.print(f"[dim]grading restarted (attempt {data['attempt']})[/]")


def _show_submission(body: dict, as_json: bool) -> None:
    from .report import print_result, result_from_json

    if as_json:
        print(json.dumps(body, indent=2))
    elif body["status"] != "done":
        out.print(f"submission {body['id']} ({body['problem']}): {body['status']}")
    else:
        out.print(f"submission {body['id']} · {body['problem']}"
                  + (" · samples only" if body["mode"] == "samples" else ""), style="bold")
        print_result(out, result_from_json(body["result"]))
    if body["status"] == "done":
        raise typer.Exit(0 if body["verdict"] == "Accepted" else 1)


@app.command()
def status(
    submission_id: Annotated[int, typer.Argument(metavar="ID")],
    server: ServerOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """Show one of your submissions: its status, or its verdict and tests."""
    with _client(server) as client:
        body = client.request("GET", f"/api/submissions/{submission_id}")
    _show_submission(body, as_json)


@app.command()
def submissions(
    server: ServerOpt = None,
    problem: Annotated[str | None, typer.Option(help="only this problem")] = None,
    limit: Annotated[int, typer.Option(min=1, max=200)] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """List your submissions, newest first."""
    params: dict = {"limit": limit}
    if problem:
        params["problem"] = problem
    with _client(server) as client:
        rows = client.request("GET", "/api/submissions", params=params)
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table("id", "problem", "mode", "status", "verdict", "submitted")
    for row in rows:
        table.add_row(str(row["id"]), row["problem"], row["mode"], row["status"],
                      row["verdict"] or "", row["created_at"][:19].replace("T", " "))
    out.print(table)


# ---------------------------------------------------------------- study groups

GroupArg = Annotated[str, typer.Argument(metavar="GROUP", help="a group's id or name")]


def _group_id(client, group: str) -> int:
    """An id, or the name of one of the user's groups."""
    if group.isdigit():
        return int(group)
    matches = [g for g in client.request("GET", "/api/groups")
               if g["name"].lower() == group.strip().lower()]
    if not matches:
        raise UsageError(f"you are in no group named {group!r} (see `judge group list`)")
    if len(matches) > 1:
        ids = ", ".join(str(g["id"]) for g in matches)
        raise UsageError(f"you are in several groups named {group!r}: use an id ({ids})")
    return matches[0]["id"]


def _print_group(body: dict) -> None:
    plan = body["plan"]
    out.print(f"[bold]{body['name']}[/] (id {body['id']}) · owner {body['owner']} · invite "
              f"code [bold]{body['invite_code']}[/]", highlight=False)
    out.print(f"plan: {plan['name']}{' (built-in)' if plan['default'] else ''}, week "
              f"{plan['current_week']} of {plan['weeks']}", highlight=False)
    table = Table("member", "joined")
    for member in body["members"]:
        table.add_row(member["username"] + (" (owner)" if member["owner"] else ""),
                      member["joined_at"][:10])
    out.print(table)


@group_app.command("create")
def group_create(name: str, server: ServerOpt = None) -> None:
    """Create a study group (you own it) and print its invite code."""
    with _client(server) as client:
        body = client.request("POST", "/api/groups", json={"name": name})
    _print_group(body)
    out.print(f"others join with: judge group join {body['invite_code']}", highlight=False)


@group_app.command("join")
def group_join(invite_code: str, server: ServerOpt = None) -> None:
    """Join a group with its invite code."""
    with _client(server) as client:
        body = client.request("POST", "/api/groups/join", json={"invite_code": invite_code})
    out.print(f"joined {body['name']} (id {body['id']})", highlight=False)


@group_app.command("leave")
def group_leave(group: GroupArg, server: ServerOpt = None) -> None:
    """Leave a group (its owner must transfer ownership first, unless alone in it)."""
    with _client(server) as client:
        group_id = _group_id(client, group)
        client.request("POST", f"/api/groups/{group_id}/leave")
    out.print(f"left group {group_id}")


@group_app.command("show")
def group_show(group: GroupArg, server: ServerOpt = None,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """A group's members, invite code and plan."""
    with _client(server) as client:
        body = client.request("GET", f"/api/groups/{_group_id(client, group)}")
    if as_json:
        print(json.dumps(body, indent=2))
    else:
        _print_group(body)


@group_app.command("list")
def group_list(server: ServerOpt = None) -> None:
    """Your groups."""
    with _client(server) as client:
        rows = client.request("GET", "/api/groups")
    table = Table("id", "name", "owner", "members", "you")
    for row in rows:
        table.add_row(str(row["id"]), row["name"], row["owner"], str(row["members"]),
                      row["role"])
    out.print(table)


@group_app.command("invite")
def group_invite(group: GroupArg, server: ServerOpt = None) -> None:
    """Replace the invite code (owner only): the old one stops working."""
    with _client(server) as client:
        body = client.request("POST", f"/api/groups/{_group_id(client, group)}/invite")
    out.print(f"new invite code: [bold]{body['invite_code']}[/]", highlight=False)


@group_app.command("remove")
def group_remove(group: GroupArg, username: str, server: ServerOpt = None) -> None:
    """Remove a member (owner only)."""
    with _client(server) as client:
        group_id = _group_id(client, group)
        client.request("DELETE", f"/api/groups/{group_id}/members/{username}")
    out.print(f"removed {username}")


@group_app.command("transfer")
def group_transfer(group: GroupArg, username: str, server: ServerOpt = None) -> None:
    """Make another member the owner (owner only)."""
    with _client(server) as client:
        group_id = _group_id(client, group)
        body = client.request("POST", f"/api/groups/{group_id}/owner",
                              json={"username": username})
    out.print(f"{body['owner']} now owns {body['name']}", highlight=False)


@app.command("leaderboard")
def leaderboard_command(
    group: GroupArg,
    server: ServerOpt = None,
    week: Annotated[bool, typer.Option("--week", help="this week only (Monday-Sunday, UTC)")]
    = False,
    since: Annotated[str | None, typer.Option(help="first day counted, YYYY-MM-DD")] = None,
    until: Annotated[str | None, typer.Option(help="last day counted, YYYY-MM-DD")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A group's leaderboard: points (easy 1, medium 2, hard 3), solved per category,
    attempts, last activity and progress through the plan."""
    params: dict = {"window": "week" if week else "all"}
    if since:
        params["start"] = since
    if until:
        params["end"] = until
    with _client(server) as client:
        body = client.request("GET", f"/api/groups/{_group_id(client, group)}/leaderboard",
                              params=params)
    if as_json:
        print(json.dumps(body, indent=2))
        return
    categories = body["categories"]
    table = Table("#", "member", "points", "solved", *categories, "attempts",
                  "last active", "plan", title=f"{body['group']}: {body['window']['label']}")
    for row in body["rows"]:
        table.add_row(str(row["rank"]), row["username"], str(row["points"]),
                      str(row["solved"]),
                      *(str(row["by_category"].get(c, 0) or "") for c in categories),
                      str(row["attempts"]),
                      (row["last_activity"] or "")[:16].replace("T", " "),
                      f"{row['plan_done']}/{row['plan_total']}")
    out.print(table)


@app.command("plan")
def plan_command(
    group: GroupArg,
    server: ServerOpt = None,
    set_file: Annotated[Path | None, typer.Option(
        "--set", help="attach this plan (TOML: name, [[weeks]] title + problems); owner only")]
    = None,
    default: Annotated[bool, typer.Option(
        "--default", help="go back to the built-in five-week plan; owner only")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A group's study plan, week by week, with your progress."""
    import tomllib

    with _client(server) as client:
        group_id = _group_id(client, group)
        if set_file is not None:
            try:
                plan = tomllib.loads(set_file.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                raise UsageError(f"cannot read the plan {set_file}: {exc}") from None
            body = client.request("PUT", f"/api/groups/{group_id}/plan", json=plan)
        elif default:
            body = client.request("DELETE", f"/api/groups/{group_id}/plan")
        else:
            body = client.request("GET", f"/api/groups/{group_id}/plan")
    if as_json:
        print(json.dumps(body, indent=2))
        return
    out.print(f"[bold]{body['name']}[/]: you have solved {body['done']} of {body['total']}; "
              f"the group is in week {body['current_week']}", highlight=False)
    for week in body["weeks"]:
        marker = " ← this week" if week["number"] == body["current_week"] else ""
        table = Table("", "problem", "difficulty", "category",
                      title=f"Week {week['number']}: {week['title']} "
                            f"({week['done']}/{week['total']}){marker}")
        for problem in week["problems"]:
            table.add_row("[green]✓[/]" if problem["solved"] else "·", problem["slug"],
                          problem["difficulty"], problem["category"])
        out.print(table)


@app.command()
def rejudge(
    ids: Annotated[list[int] | None, typer.Argument(metavar="[ID]...")] = None,
    problem: Annotated[str | None, typer.Option(help="every finished submission to it")]
    = None,
) -> None:
    """Grade finished submissions again (an administrator's command: it works on the
    database in JUDGE_DATABASE_URL directly). Leaderboards follow the new verdicts."""
    from sqlalchemy import select

    from .store import queue
    from .store.migrate import open_database
    from .store.models import Status, Submission

    if not ids and not problem:
        raise UsageError("name submission ids, or --problem SLUG")
    settings = get_settings()
    engine, sessions = open_database(settings.database)
    targets = list(ids or [])
    if problem:
        with sessions() as session:
            targets += session.scalars(select(Submission.id).where(
                Submission.problem_slug == problem, Submission.status == Status.done)).all()
    queued = [i for i in targets if queue.requeue(sessions, i)]
    engine.dispose()
    skipped = sorted(set(targets) - set(queued))
    out.print(f"queued {len(queued)} submission(s) for grading again"
              + (f"; not finished or unknown: {', '.join(map(str, skipped))}" if skipped
                 else ""))


def main() -> None:
    try:
        code = app(standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except (JudgeError, SandboxError) as exc:
        err.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)
    except Exception as exc:  # click's usage errors and anything unforeseen
        # click's (or typer's bundled click's) usage errors carry format_message()
        if hasattr(exc, "format_message"):
            err.print(f"[bold red]error:[/] {exc.format_message()}", highlight=False)
            sys.exit(2)
        if type(exc).__name__ == "Abort":
            sys.exit(130)
        err.print(f"[bold red]internal error:[/] {type(exc).__name__}: {exc}", highlight=False)
        sys.exit(3)
    sys.exit(code or 0)

