"""Practising alone on a judge server: mock interviews (`judge mock ...`), the review queue
(`judge review`) and your progress (`judge stats`)."""

import json
from typing import Annotated

import typer

from .app import ServerOpt, UsageError, app, connect, out, styled

mock_app = typer.Typer(help="Mock interviews: a timed round of problems you have not solved.",
                       invoke_without_command=True)
app.add_typer(mock_app, name="mock")
ROUNDS = ("algorithms", "ml", "statistics", "data", "mixed")

OUTCOMES = {"good": "solved at once", "hard": "solved after failing", "again": "not solved"}


@app.command("review")
def review_command(server: ServerOpt = None,
                   as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Problems due for review (spaced repetition): failed ones the next day, solved ones
    after a few days, then less often."""
    from rich.table import Table

    with connect(server) as client:
        body = client.request("GET", "/api/review")
    if as_json:
        print(json.dumps(body, indent=2))
        return
    if not body["due"]:
        out.print("nothing is due for review" + (
            "" if body["upcoming"] else ": solve or fail a problem in a full run to start"),
            highlight=False)
    else:
        table = Table("problem", "difficulty", "category", "last time", "due since",
                      title=f"Due for review ({len(body['due'])})")
        for problem in body["due"]:
            table.add_row(styled(problem["slug"]), problem["difficulty"], problem["category"],
                          f"{problem['last_worked'][:10]}, "
                          f"{OUTCOMES[problem['last_outcome']]}", problem["due"][:10])
        out.print(table)
        first = body["due"][0]["slug"]
        out.print(styled("start with: ", (f"judge show {first}", "bold")), highlight=False)
    if body["upcoming"]:
        soon = ", ".join(f"{p['slug']} ({p['due'][:10]})" for p in body["upcoming"][:5])
        more = len(body["upcoming"]) - 5
        out.print(styled(f"coming up in the next 14 days: {soon}"
                         + (f" and {more} more" if more > 0 else "")), highlight=False)


def _bar(solved: int, attempted: int, total: int, width: int = 20) -> str:
    """A bar in characters: solved (#), attempted (+), the rest (.)."""
    done = round(width * solved / total) if total else 0
    tried = min(width - done, round(width * attempted / total)) if total else 0
    return "#" * done + "+" * tried + "." * (width - done - tried)


@app.command("stats")
def stats_command(server: ServerOpt = None,
                  every_pattern: Annotated[bool, typer.Option(
                      "--patterns", help="every pattern, not only the weakest")] = False,
                  as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Your progress: solved and attempted by category (and pattern), your activity over
    twelve weeks, and your weakest patterns with the problem to try next."""
    from rich.table import Table

    with connect(server) as client:
        body = client.request("GET", "/api/stats/mine")
    if as_json:
        print(json.dumps(body, indent=2))
        return
    out.print(styled(f"solved {body['solved']} of {body['total']}, attempted "
                     f"{body['attempted']} more"), highlight=False)
    rows = [("category", body["categories"])]
    if every_pattern:
        rows.append(("pattern", body["patterns"]))
    for label, tallies in rows:
        table = Table(label, "solved", "attempted", "problems", "# solved  + attempted")
        for tally in tallies:
            table.add_row(styled(tally["name"]), str(tally["solved"]), str(tally["attempted"]),
                          str(tally["total"]),
                          _bar(tally["solved"], tally["attempted"], tally["total"]))
        out.print(table)
    days = body["activity"]
    active = [d for d in days if d["runs"]]
    out.print(styled(f"last {len(days)} days: {sum(d['runs'] for d in days)} full runs, "
                     f"{sum(d['accepted'] for d in days)} Accepted, on {len(active)} days"),
              highlight=False)
    if body["weakest"]:
        table = Table("weakest pattern", "solved", "attempted", "problems", "try next",
                      title="Where to practise")
        for weak in body["weakest"]:
            upcoming = weak["next"]
            table.add_row(styled(weak["pattern"]), str(weak["solved"]), str(weak["attempted"]),
                          str(weak["total"]),
                          styled("" if upcoming is None else
                                 f"{upcoming['slug']} ({upcoming['difficulty']})"))
        out.print(table)


def _clock(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


def _print_mock(body: dict) -> None:
    from rich.table import Table

    if body["running"]:
        out.print(styled((f"{body['round_title']} mock interview", "bold"),
                         f" #{body['id']}: problem {body['position']} of {body['count']}, "
                         f"{_clock(body['seconds_left'])} left"), highlight=False)
        out.print(styled("now: ", (body["current"], "bold"), f" · judge show {body['current']}"
                         f" · judge submit {body['current']} FILE"), highlight=False)
        out.print("no hints until it ends; `judge mock next` moves on (no going back), "
                  "`judge mock finish` ends it", highlight=False)
        return
    out.print(styled((f"{body['round_title']} mock interview", "bold"),
                     f" #{body['id']} by {body['user']}, {body['started_at'][:16]} UTC: "
                     f"solved {body['solved']} of {body['count']}"
                     + (" · shared with your groups" if body["shared"] else "")),
              highlight=False)
    table = Table("problem", "difficulty", "category", "runs", "solved after")
    for problem in body["problems"]:
        after = problem["solved_after_seconds"]
        table.add_row(styled(problem["slug"]), problem["difficulty"], problem["category"],
                      str(problem["attempts"]),
                      "not reached" if problem["shown_at"] is None
                      else "not solved" if after is None else _clock(after))
    out.print(table)
    if body["patterns_missed"]:
        out.print(styled("patterns missed: " + ", ".join(body["patterns_missed"])),
                  highlight=False)


@mock_app.callback()
def mock_status(context: typer.Context, server: ServerOpt = None,
                as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """The interview running now (without a subcommand)."""
    if context.invoked_subcommand is not None:
        return
    from .client import ClientError

    with connect(server) as client:
        try:
            body = client.request("GET", "/api/mocks/current")
        except ClientError as exc:
            if exc.status != 404:
                raise
            out.print("no mock interview is running: start one with `judge mock start "
                      f"{'|'.join(ROUNDS)}`", highlight=False)
            return
    print(json.dumps(body, indent=2)) if as_json else _print_mock(body)


@mock_app.command("start")
def mock_start(round_name: Annotated[str, typer.Argument(
                   metavar="ROUND", help="algorithms, ml, statistics, data (SQL and pandas) "
                                         "or mixed")],
               minutes: Annotated[int, typer.Option("--minutes", help="10-180")] = 45,
               server: ServerOpt = None) -> None:
    """Start a timed interview of problems you have not solved; the first is shown at once."""
    if round_name not in ROUNDS:
        raise UsageError(f"no round {round_name!r}: choose from {', '.join(ROUNDS)}")
    with connect(server) as client:
        body = client.request("POST", "/api/mocks",
                              json={"round": round_name, "minutes": minutes})
    _print_mock(body)


@mock_app.command("next")
def mock_next(server: ServerOpt = None) -> None:
    """On to the next problem (there is no going back)."""
    with connect(server) as client:
        _print_mock(client.request("POST", "/api/mocks/current/next"))


@mock_app.command("finish")
def mock_finish(server: ServerOpt = None) -> None:
    """End the interview now and print its report."""
    with connect(server) as client:
        _print_mock(client.request("POST", "/api/mocks/current/finish"))


@mock_app.command("history")
def mock_history(server: ServerOpt = None,
                 as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Your mock interviews, newest first."""
    from rich.table import Table

    with connect(server) as client:
        rows = client.request("GET", "/api/mocks")
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    if not rows:
        out.print("no mock interview yet: `judge mock start ROUND`", highlight=False)
        return
    table = Table("id", "round", "started (UTC)", "solved", "shared")
    for row in rows:
        table.add_row(str(row["id"]), row["round"], row["started_at"][:16].replace("T", " "),
                      "running" if row["running"] else f"{row['solved']}/{row['count']}",
                      "yes" if row["shared"] else "")
    out.print(table)


@mock_app.command("show")
def mock_show(mock_id: int, server: ServerOpt = None,
              as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """One interview's report (yours, or one a member of your groups shared)."""
    with connect(server) as client:
        body = client.request("GET", f"/api/mocks/{mock_id}")
    print(json.dumps(body, indent=2)) if as_json else _print_mock(body)


@mock_app.command("share")
def mock_share(mock_id: int, server: ServerOpt = None,
               off: Annotated[bool, typer.Option("--off", help="stop sharing it")] = False
               ) -> None:
    """Let the members of your groups see this interview's report (or, --off, stop)."""
    with connect(server) as client:
        body = client.request("PUT", f"/api/mocks/{mock_id}/sharing", json={"shared": not off})
    out.print(f"mock interview {body['id']} is "
              + ("shared with your groups" if body["shared"] else "private"), highlight=False)
