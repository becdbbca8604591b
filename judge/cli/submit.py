"""Using a judge server as a user: register, login, logout, tokens, submit, status,
submissions."""

import json
import time
from pathlib import Path
from typing import Annotated

import typer

from .app import (
    DialectOpt,
    ServerOpt,
    app,
    check_dialect,
    connect,
    err,
    out,
    read_submission,
    styled,
    token_app,
)

PasswordOpt = Annotated[str, typer.Option(
    prompt=True, hide_input=True, envvar="JUDGE_PASSWORD",
    help="asked for when not given (or set JUDGE_PASSWORD)")]


def _remember(server: str | None, username: str, token: str) -> None:
    from . import userconfig

    config = userconfig.load()
    config.update(server=userconfig.server_url(server), username=username, token=token)
    path = userconfig.save(config)
    out.print(styled("logged in as ", (username, "bold"), f"; token saved in {path}"),
              highlight=False)


@app.command()
def register(username: str, server: ServerOpt = None, password: Annotated[str, typer.Option(
        prompt=True, hide_input=True, confirmation_prompt=True, envvar="JUDGE_PASSWORD",
        help="asked for when not given (or set JUDGE_PASSWORD)")] = "") -> None:
    """Create an account on the judge's server and log in."""
    with connect(server, auth=False) as client:
        body = client.request("POST", "/api/auth/register",
                              json={"username": username, "password": password})
    _remember(server, body["username"], body["token"])


@app.command()
def login(username: str, server: ServerOpt = None, password: PasswordOpt = "") -> None:
    """Log in to the judge's server; the token is kept in your config folder (mode 600)."""
    with connect(server, auth=False) as client:
        body = client.request("POST", "/api/auth/login",
                              json={"username": username, "password": password})
    _remember(server, body["username"], body["token"])


@app.command()
def logout(server: ServerOpt = None) -> None:
    """Revoke this machine's token on the server and forget it here."""
    from . import userconfig
    from .client import ClientError

    with connect(server) as client:
        try:
            client.request("POST", "/api/auth/logout")
        except ClientError as exc:
            if exc.status != 401:  # expired or revoked already: forgetting it is enough
                raise
    config = userconfig.load()
    config.pop("token", None)
    userconfig.save(config)
    out.print(f"logged out of {client.server}")


@token_app.command("list")
def list_tokens(server: ServerOpt = None) -> None:
    """Your API tokens that have not expired (this machine's is marked)."""
    from rich.table import Table

    with connect(server) as client:
        tokens = client.request("GET", "/api/auth/tokens")
    table = Table("id", "issued", "expires", "from")
    for token in tokens:
        table.add_row(str(token["id"]) + (" (this one)" if token["current"] else ""),
                      token["created_at"][:16].replace("T", " "),
                      token["expires_at"][:10], token["client"] or "-")
    out.print(table)


@token_app.command("revoke")
def revoke_token(token_id: Annotated[int, typer.Argument(metavar="ID", min=1)],
                 server: ServerOpt = None) -> None:
    """Revoke one of your tokens (see `judge token list`), say one left on another machine."""
    with connect(server) as client:
        client.request("DELETE", f"/api/auth/tokens/{token_id}")
    out.print(f"token {token_id} revoked")


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
    input_file: Annotated[Path | None, typer.Option(
        "--input", metavar="FILE", help="run on your own input beside the reference instead "
                                        "(never counts; see `judge show SLUG --input`)")]
    = None,
    dialect: DialectOpt = None,
) -> None:
    """Submit FILE for problem SLUG to the server. Exit 0 on Accepted, 1 otherwise."""
    code = read_submission(file)
    body: dict = {"problem": slug, "code": code, "mode": "samples" if samples else "full"}
    if check_dialect(dialect) is not None:
        body["dialect"] = dialect
    if input_file is not None:
        body.update(mode="custom", input=read_submission(input_file))
    with connect(server) as client:
        accepted = client.request("POST", "/api/submissions", json=body)
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
    from ..grading.results.verdicts import TestGroup, TestOutcome, Verdict
    from .render import live_progress

    with live_progress(out) as on_test:
        for kind, data in client.events(submission_id):
            if kind == "test":
                on_test(TestOutcome(name=data["name"], group=TestGroup(data["group"]),
                                    verdict=Verdict(data["verdict"]), seconds=data["seconds"]))
            elif kind == "started" and data.get("attempt", 1) > 1:
                err.print(f"[dim]grading restarted (attempt {data['attempt']})[/]")


def _show_submission(body: dict, as_json: bool) -> None:
    from ..grading.results.contract import result_from_json
    from ..grading.results.verdicts import Verdict
    from .render import print_result

    if as_json:
        print(json.dumps(body, indent=2))
    elif body["status"] != "done":
        out.print(f"submission {body['id']} ({body['problem']}): {body['status']}")
    else:
        out.print(f"submission {body['id']} · {body['problem']}"
                  + {"samples": " · samples only", "custom": " · on your input"}.get(
                      body["mode"], ""), style="bold")
        print_result(out, result_from_json(body["result"]),
                     hint=body["result"].get("next_step"))
    if body["status"] == "done":
        raise typer.Exit(0 if body["verdict"] == Verdict.accepted else 1)


@app.command()
def status(
    submission_id: Annotated[int, typer.Argument(metavar="ID")],
    server: ServerOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="machine-readable output")] = False,
) -> None:
    """Show one of your submissions: its status, or its verdict and tests."""
    with connect(server) as client:
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
    from rich.table import Table

    params: dict = {"limit": limit}
    if problem:
        params["problem"] = problem
    with connect(server) as client:
        rows = client.request("GET", "/api/submissions", params=params)
    if as_json:
        print(json.dumps(rows, indent=2))
        return
    table = Table("id", "problem", "mode", "status", "verdict", "submitted")
    for row in rows:
        table.add_row(str(row["id"]), styled(row["problem"]), row["mode"], row["status"],
                      row["verdict"] or "", row["created_at"][:19].replace("T", " "))
    out.print(table)
