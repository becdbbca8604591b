"""Benchmark: what the practice pages compute for one busy user (issue 31).

A fresh database (SQLite by default, or --database URL) holds a user with many full runs over
the whole catalogue and months, among other users' runs. Times the median of each new read
side by side with a baseline that every home-page visit already paid before these pages
existed (`progress.marks`, one grouped query): the review queue (replayed through FSRS, and
read again with nothing new, from the process's cache), the progress profile (tallies,
activity, weakest patterns), the personal plan (resolved against the catalogue, with
progress and the next problem) and a mock interview's report. Prints the medians and each
one's ratio to the baseline.

    .venv/bin/python -m benchmarks.practice                     # 5,000 runs of one user
    .venv/bin/python -m benchmarks.practice --runs 20000 --database postgresql://...
"""

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from judge.grading.problems import ProblemRepository
from judge.service import mock, my_plan, profile, progress, review
from judge.service.store.migrate import open_database
from judge.service.store.models import MockInterview, Mode, Status, Submission, User
from judge.settings import REPO_ROOT

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
VERDICTS = ["Accepted"] * 4 + ["Wrong Answer"] * 3 + ["Time Limit Exceeded", "Runtime Error"]


def populate(sessions, runs: int, others: int, slugs: list[str], seed: int = 11) -> int:
    rng = random.Random(seed)
    with sessions.begin() as session:
        session.execute(insert(User), [{"username": f"user{i}", "password_hash": "x",
                                        "created_at": NOW - timedelta(days=200)}
                                       for i in range(others + 1)])
        ids = session.scalars(select(User.id).order_by(User.id)).all()
        rows = [{"user_id": ids[0] if i < runs else rng.choice(ids[1:]),
                 "problem_slug": rng.choice(slugs), "code": "#",
                 "mode": Mode.samples if rng.random() < 0.1 else Mode.full,
                 "status": Status.done, "verdict": rng.choice(VERDICTS), "attempts": 1,
                 "created_at": NOW - timedelta(seconds=rng.randrange(150 * 86400))}
                for i in range(runs * 11)]
        for start in range(0, len(rows), 5000):
            session.execute(insert(Submission), rows[start:start + 5000])
        session.add(MockInterview(user_id=ids[0], round="algorithms", minutes=45,
                                  problems=slugs[:2], shown=[(NOW - timedelta(hours=2))
                                                             .isoformat()] * 2,
                                  started_at=NOW - timedelta(hours=2),
                                  ends_at=NOW - timedelta(hours=1, minutes=15),
                                  finished_at=NOW - timedelta(hours=1, minutes=15),
                                  shared=False))
        return ids[0]


def _median_ms(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return 1000 * statistics.median(times)


def run(database: str | None = None, runs: int = 5000, repeat: int = 7) -> dict:
    repository = ProblemRepository(REPO_ROOT / "problems")
    catalogue = repository.catalogue()
    slugs = sorted(meta.slug for meta in catalogue)
    with tempfile.TemporaryDirectory() as folder:
        engine, sessions = open_database(database or f"sqlite:///{Path(folder) / 'bench.db'}")
        user_id = populate(sessions, runs, 200, slugs)
        with sessions() as session:
            user = session.get(User, user_id)
            interview = session.scalar(select(MockInterview))

            def profile_page():
                marks = progress.marks(session, user)
                patterns = profile.by_pattern(catalogue, marks)
                profile.by_category(catalogue, marks)
                profile.activity(session, user, NOW.date())
                profile.weakest(catalogue, marks, patterns)

            def plan_page():
                mine = my_plan.followed(session, user, catalogue)
                solved = my_plan.solved_in(session, user, mine.plan)
                my_plan.next_problem(mine.plan, solved, mine.current_week(NOW))

            reads = {
                "baseline: progress.marks": lambda: progress.marks(session, user),
                "review queue, replayed": lambda: (review._schedules.clear(),
                                                   review.review_queue(session, user, NOW)),
                "review queue, nothing new": lambda: review.review_queue(session, user, NOW),
                "progress profile": profile_page,
                "personal plan": plan_page,
                "mock report": lambda: mock.report(session, interview, repository.metadata),
            }
            medians = {name: _median_ms(work, repeat) for name, work in reads.items()}
            review._schedules.clear()
            replayed = review.review_queue(session, user, NOW)
            same = review.review_queue(session, user, NOW) == replayed
        engine.dispose()
    base = medians["baseline: progress.marks"]
    return {"database": engine.dialect.name, "runs of the user": runs,
            "runs in the table": runs * 11, "the kept queue is the replayed one": same,
            "median ms": {name: round(ms, 2) for name, ms in medians.items()},
            "ratio to the baseline": {name: round(ms / base, 2) for name, ms in medians.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="an empty database's URL (default: a new SQLite)")
    parser.add_argument("--runs", type=int, default=5000, help="the busy user's runs")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    report = run(args.database, args.runs, args.repeat)
    for key, value in report.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
