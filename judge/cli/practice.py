"""Practising alone on a judge server: the review queue (`judge review`) and your progress
(`judge stats`)."""

import json
from typing import Annotated

import typer

from .app import ServerOpt, app, connect, out, styled

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
