"""Study groups on a judge server: group create|join|show|list|invite|remove|transfer|leave,
leaderboard and plan."""

import json
from pathlib import Path
from typing import Annotated

import typer

from .app import ServerOpt, UsageError, app, connect, group_app, out, styled

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
    from rich.table import Table

    plan = body["plan"]
    out.print(styled((body["name"], "bold"), f" (id {body['id']}) · owner {body['owner']} · "
                     "invite code ", (body["invite_code"], "bold")), highlight=False)
    out.print(styled(f"plan: {plan['name']}{' (built-in)' if plan['default'] else ''}, week "
                     f"{plan['current_week']} of {plan['weeks']}"), highlight=False)
    table = Table("member", "joined")
    for member in body["members"]:
        table.add_row(styled(member["username"] + (" (owner)" if member["owner"] else "")),
                      member["joined_at"][:10])
    out.print(table)


@group_app.command("create")
def group_create(name: str, server: ServerOpt = None) -> None:
    """Create a study group (you own it) and print its invite code."""
    with connect(server) as client:
        body = client.request("POST", "/api/groups", json={"name": name})
    _print_group(body)
    out.print(f"others join with: judge group join {body['invite_code']}", highlight=False)


@group_app.command("join")
def group_join(invite_code: str, server: ServerOpt = None) -> None:
    """Join a group with its invite code."""
    with connect(server) as client:
        body = client.request("POST", "/api/groups/join", json={"invite_code": invite_code})
    out.print(f"joined {body['name']} (id {body['id']})", highlight=False)


@group_app.command("leave")
def group_leave(group: GroupArg, server: ServerOpt = None) -> None:
    """Leave a group (its owner must transfer ownership first, unless alone in it)."""
    with connect(server) as client:
        group_id = _group_id(client, group)
        client.request("POST", f"/api/groups/{group_id}/leave")
    out.print(f"left group {group_id}")


@group_app.command("show")
def group_show(group: GroupArg, server: ServerOpt = None,
               as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """A group's members, invite code and plan."""
    with connect(server) as client:
        body = client.request("GET", f"/api/groups/{_group_id(client, group)}")
    if as_json:
        print(json.dumps(body, indent=2))
    else:
        _print_group(body)


@group_app.command("list")
def group_list(server: ServerOpt = None) -> None:
    """Your groups."""
    from rich.table import Table

    with connect(server) as client:
        rows = client.request("GET", "/api/groups")
    table = Table("id", "name", "owner", "members", "you")
    for row in rows:
        table.add_row(str(row["id"]), styled(row["name"]), styled(row["owner"]),
                      str(row["members"]),
                      row["role"])
    out.print(table)


@group_app.command("invite")
def group_invite(group: GroupArg, server: ServerOpt = None) -> None:
    """Replace the invite code (owner only): the old one stops working."""
    with connect(server) as client:
        body = client.request("POST", f"/api/groups/{_group_id(client, group)}/invite")
    out.print(styled("new invite code: ", (body["invite_code"], "bold")), highlight=False)


@group_app.command("remove")
def group_remove(group: GroupArg, username: str, server: ServerOpt = None) -> None:
    """Remove a member (owner only)."""
    with connect(server) as client:
        group_id = _group_id(client, group)
        client.request("DELETE", f"/api/groups/{group_id}/members/{username}")
    out.print(f"removed {username}")


@group_app.command("transfer")
def group_transfer(group: GroupArg, username: str, server: ServerOpt = None) -> None:
    """Make another member the owner (owner only)."""
    with connect(server) as client:
        group_id = _group_id(client, group)
        body = client.request("POST", f"/api/groups/{group_id}/owner",
                              json={"username": username})
    out.print(f"{body['owner']} now owns {body['name']}", highlight=False)


def _day(option: str, text: str | None) -> str | None:
    """A day as the API takes it, checked here so that a mistake names the option."""
    import re
    from datetime import date

    if text is None:
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise UsageError(f"{option} must be a date YYYY-MM-DD, not {text!r}") from None


def _local_time(stamp: str | None) -> str:
    """A server's UTC timestamp in the user's own time zone, to the minute."""
    from datetime import datetime

    if not stamp:
        return ""
    return datetime.fromisoformat(stamp).astimezone().strftime("%Y-%m-%d %H:%M")


@app.command("leaderboard")
def leaderboard_command(
    group: GroupArg,
    server: ServerOpt = None,
    week: Annotated[bool, typer.Option("--week", help="this week only (Monday-Sunday, UTC)")]
    = False,
    since: Annotated[str | None, typer.Option(
        help="first day counted, YYYY-MM-DD (UTC); not with --week")] = None,
    until: Annotated[str | None, typer.Option(
        help="last day counted, YYYY-MM-DD (UTC); not with --week")] = None,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """A group's leaderboard: points (easy 1, medium 2, hard 3), solved per category,
    attempts, when each member was last active (in your time zone) and progress through
    the plan."""
    from rich.table import Table

    if week and (since or until):
        raise UsageError("--week cannot be combined with --since or --until: choose this "
                         "week or a range of days")
    first, last = _day("--since", since), _day("--until", until)
    if first and last and last < first:
        raise UsageError(f"--until ({last}) is before --since ({first})")
    params: dict = {"window": "week" if week else "all"}
    if first:
        params["start"] = first
    if last:
        params["end"] = last
    with connect(server) as client:
        body = client.request("GET", f"/api/groups/{_group_id(client, group)}/leaderboard",
                              params=params)
    if as_json:
        print(json.dumps(body, indent=2))
        return
    categories = body["categories"]
    table = Table("#", "member", "points", "solved", *categories, "attempts",
                  "last active", "plan", title=f"{body['group']}: {body['window']['label']}")
    for row in body["rows"]:
        table.add_row(str(row["rank"]), styled(row["username"]), str(row["points"]),
                      str(row["solved"]),
                      *(str(row["by_category"].get(c, 0) or "") for c in categories),
                      str(row["attempts"]), _local_time(row["last_activity"]),
                      f"{row['plan_done']}/{row['plan_total']}")
    out.print(table)


def _week_table(week: dict, current: int):
    from rich.table import Table

    marker = " ← this week" if week["number"] == current else ""
    table = Table("", "problem", "difficulty", "category",
                  title=styled(f"Week {week['number']}: {week['title']} "
                               f"({week['done']}/{week['total']}){marker}"))
    for problem in week["problems"]:
        table.add_row("[green]✓[/]" if problem["solved"] else "·", problem["slug"],
                      problem["difficulty"], problem["category"])
    return table


def _print_my_plan(body: dict, every_week: bool) -> None:
    source = "built-in" if body["source"] == "built-in" else f"group {body['group']}"
    out.print(styled((body["name"], "bold"), f" ({source}), week {body['current_week']} of "
                     f"{len(body['weeks'])}, since {body['started_at'][:10]}: you have solved "
                     f"{body['done']} of {body['total']}"), highlight=False)
    upcoming = body["next"]
    if upcoming is None:
        out.print("every problem of the plan is solved", highlight=False)
    else:
        out.print(styled("next: ", (upcoming["slug"], "bold"), f" ({upcoming['title']}; "
                         f"{upcoming['category']}, {upcoming['difficulty']}) · judge show "
                         f"{upcoming['slug']}"), highlight=False)
    for week in body["weeks"]:
        if every_week or week["number"] == body["current_week"]:
            out.print(_week_table(week, body["current_week"]))
        else:
            out.print(styled(f"Week {week['number']}: {week['title']} ({week['done']}/"
                             f"{week['total']})"), highlight=False)
    if not every_week:
        out.print("(--all lists every week's problems)", highlight=False)


@app.command("plan")
def plan_command(
    group: Annotated[str | None, typer.Argument(
        metavar="[GROUP]", help="a group's id or name; without it, your own plan")] = None,
    server: ServerOpt = None,
    mine: Annotated[bool, typer.Option(
        "--mine", help="your own plan: the built-in one or the group's you follow")] = False,
    follow: Annotated[str | None, typer.Option(
        "--follow", metavar="GROUP|built-in",
        help="follow this group's plan, or start the built-in plan again from now")] = None,
    every_week: Annotated[bool, typer.Option(
        "--all", help="your plan: every week's problems, not only this week's")] = False,
    set_file: Annotated[Path | None, typer.Option(
        "--set", help="attach this plan (TOML: name, \\[\\[weeks]] title + problems); owner only")]
    = None,
    default: Annotated[bool, typer.Option(
        "--default", help="go back to the built-in five-week plan; owner only")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """Your study plan (this week, what is done, the next problem), or a group's plan week by
    week with your progress."""
    import tomllib

    if group is not None and (mine or follow is not None):
        raise UsageError("give a GROUP, or --mine/--follow for your own plan, not both")
    if group is None and (set_file is not None or default):
        raise UsageError("--set and --default change a group's plan: name the GROUP")
    with connect(server) as client:
        if group is None:
            if follow is not None:
                target = None if follow.strip().lower() == "built-in" else _group_id(client,
                                                                                      follow)
                body = client.request("PUT", "/api/plan/mine", json={"group_id": target})
            else:
                body = client.request("GET", "/api/plan/mine")
            if as_json:
                print(json.dumps(body, indent=2))
            else:
                _print_my_plan(body, every_week)
            return
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
    out.print(styled((body["name"], "bold"), f": you have solved {body['done']} of "
                     f"{body['total']}; the group is in week {body['current_week']}"),
              highlight=False)
    for week in body["weeks"]:
        out.print(_week_table(week, body["current_week"]))
