"""Practising alone on a judge server: the review queue (`judge review`)."""

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
