"""Benchmark: a group leaderboard of 500 members and 50,000 submissions.

Builds a synthetic history in a fresh database (SQLite by default, or --database URL), then
times `judge.service.leaderboard.board` (three grouped queries) against a baseline run side by side:
the obvious per-member implementation (one query per member, computed in Python). Prints the
medians and their ratio, checks that both give the same board, and shows SQLite's query plans
to confirm the board's queries are index-backed.

    .venv/bin/python -m benchmarks.leaderboard                       # full size, SQLite
    .venv/bin/python -m benchmarks.leaderboard --database postgresql://...
"""

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from judge.grading.problems import ProblemRepository
from judge.service import leaderboard
from judge.service.plans import Plan, default_plan
from judge.service.store.migrate import open_database
from judge.service.store.models import Group, Membership, Mode, Status, Submission, User
from judge.settings import REPO_ROOT

VERDICTS = ["Accepted"] * 4 + ["Wrong Answer"] * 3 + ["Time Limit Exceeded", "Runtime Error"]
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def populate(session: Session, members: int, submissions: int, outsiders: int,
             slugs: list[str], seed: int = 7) -> int:
    """Writes users, one group of `members`, and `submissions` spread over them and over
    `outsiders` non-members (whose rows the board must skip). Returns the group id."""
    rng = random.Random(seed)
    users = [{"username": f"user{i:05d}", "password_hash": "x", "created_at": NOW}
             for i in range(members + outsiders)]
    session.execute(insert(User), users)
    ids = session.scalars(select(User.id).order_by(User.id)).all()
    group = Group(name="benchmark", owner_id=ids[0], invite_code="bench", plan_started_at=NOW,
                  created_at=NOW)
    session.add(group)
    session.flush()
    session.execute(insert(Membership), [{"group_id": group.id, "user_id": uid,
                                          "joined_at": NOW} for uid in ids[:members]])
    rows = []
    for _ in range(submissions):
        verdict = rng.choice(VERDICTS)
        rows.append({
            "user_id": rng.choice(ids), "problem_slug": rng.choice(slugs), "code": "#",
            "mode": Mode.samples if rng.random() < 0.1 else Mode.full,
            "status": Status.done, "verdict": verdict, "attempts": 1,
            "created_at": NOW - timedelta(seconds=rng.randrange(60 * 86400))})
    for start in range(0, len(rows), 5000):
        session.execute(insert(Submission), rows[start:start + 5000])
    session.commit()
    return group.id


def per_member_board(session: Session, group_id: int, catalogue: dict, plan: Plan,
                     window: leaderboard.Window) -> list[leaderboard.Row]:
    """The baseline: one query per member, everything else in Python."""
    plan_slugs = set(plan.slugs())
    out = []
    for user_id, name in session.execute(
            select(User.id, User.username).join(Membership, Membership.user_id == User.id)
            .where(Membership.group_id == group_id)):
        row = leaderboard.Row(username=name, plan_total=len(plan_slugs))
        first: dict[str, datetime] = {}
        plan_done: set[str] = set()
        for slug, verdict, created, mode in session.execute(
                select(Submission.problem_slug, Submission.verdict, Submission.created_at,
                       Submission.mode).where(Submission.user_id == user_id)):
            if mode != Mode.full:
                continue
            if verdict == "Accepted" and slug in plan_slugs:
                plan_done.add(slug)
            inside = ((window.start is None or created >= window.start)
                      and (window.end is None or created < window.end))
            if not inside:
                continue
            row.attempts += 1
            row.last_activity = max(row.last_activity or created, created)
            if verdict == "Accepted" and slug in catalogue:
                first[slug] = min(first.get(slug, created), created)
        for slug, when in first.items():
            meta = catalogue[slug]
            row.points += leaderboard.POINTS[meta.difficulty.value]
            row.solved += 1
            row.by_category[meta.category] = row.by_category.get(meta.category, 0) + 1
            row.reached_at = max(row.reached_at or when, when)
        row.plan_done = len(plan_done)
        out.append(row)
    return leaderboard.rank(out)


def _median_seconds(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sqlite_query_plans(session: Session, group_id: int, catalogue: dict, plan: Plan,
                       window: leaderboard.Window) -> list[str]:
    """SQLite's plan for each statement the board runs (EXPLAIN QUERY PLAN)."""
    plans: list[str] = []
    real_execute = session.execute

    def explain(statement, *args, **kwargs):
        compiled = statement.compile(session.get_bind(),
                                     compile_kwargs={"literal_binds": True})
        detail = real_execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
        plans.append(" | ".join(str(row[-1]) for row in detail))
        return real_execute(statement, *args, **kwargs)

    session.execute = explain  # type: ignore[method-assign]
    try:
        leaderboard.board(session, group_id, catalogue, plan, window)
    finally:
        del session.execute
    return plans


def run(database: str | None = None, members: int = 500, submissions: int = 50_000,
        outsiders: int = 100, repeat: int = 5) -> dict:
    """`database` must be empty (a fresh SQLite file is made when it is None)."""
    repository = ProblemRepository(REPO_ROOT / "problems")
    catalogue = {meta.slug: meta for meta in repository.catalogue()}
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions = open_database(database or f"sqlite:///{Path(folder) / 'bench.db'}")
        plan = default_plan(catalogue.values())
        with sessions() as session:
            group_id = populate(session, members, submissions, outsiders, sorted(catalogue))
        windows = {"all time": leaderboard.Window(),
                   "this week": leaderboard.Window.this_week(NOW)}
        report: dict = {"members": members, "submissions": submissions,
                        "database": engine.dialect.name, "windows": {}}
        with sessions() as session:
            for label, window in windows.items():
                fast = leaderboard.board(session, group_id, catalogue, plan, window)
                slow = per_member_board(session, group_id, catalogue, plan, window)
                board_s = _median_seconds(
                    lambda w=window: leaderboard.board(session, group_id, catalogue, plan, w),
                    repeat)
                base_s = _median_seconds(
                    lambda w=window: per_member_board(session, group_id, catalogue, plan, w),
                    repeat)
                report["windows"][label] = {
                    "board_seconds": board_s, "baseline_seconds": base_s,
                    "ratio": board_s / base_s if base_s else float("nan"),
                    "same_board": [vars(r) for r in fast] == [vars(r) for r in slow],
                    "rows": len(fast)}
            if engine.dialect.name == "sqlite":
                report["query_plans"] = sqlite_query_plans(session, group_id, catalogue, plan,
                                                           windows["this week"])
        engine.dispose()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="SQLAlchemy URL of an empty database (default: a "
                                           "fresh SQLite file)")
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--submissions", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    report = run(args.database, args.members, args.submissions, repeat=args.repeat)
    print(f"{report['members']} members, {report['submissions']} submissions, "
          f"{report['database']}")
    for label, result in report["windows"].items():
        print(f"  {label:10} board {result['board_seconds'] * 1000:7.1f} ms   per-member "
              f"baseline {result['baseline_seconds'] * 1000:7.1f} ms   ratio "
              f"{result['ratio']:.3f}   same board: {result['same_board']}")
    for line in report.get("query_plans", []):
        print("  plan:", line)


if __name__ == "__main__":
    main()
