"""The per-user rate limits (ranked submissions, and runs apart) and the queue cap hold
exactly when many submissions arrive at once, on SQLite and PostgreSQL: counting and storing
are one step (the count is taken under a lock that every admission takes)."""


from sqlalchemy import select

from judge.errors import QueueFull, RateLimited
from judge.grading.problems import ProblemRepository
from judge.service import accounts, submissions
from judge.service.store.models import Submission, User

from .conftest import ROOT, at_once

REPOSITORY = ProblemRepository(ROOT / "problems")
CODE = "def insert_positions(nums, queries):\n    return []\n"


def _at_once(sessions, settings, users: list[int], count: int,
             modes: tuple[str, ...] = ("full",)) -> tuple[int, int]:
    """`count` submissions at the same moment, from `users` in turn, in `modes` in turn:
    (accepted, refused)."""
    accepted, refused = [], []

    def submit(index: int) -> None:  # released together, before taking a connection: the
        with sessions() as session:  # pool holds fewer than 30
            user = session.get(User, users[index % len(users)])
            try:
                submissions.create(session, settings, REPOSITORY, user, "insert-positions",
                                   CODE, modes[index % len(modes)])
                session.commit()
                accepted.append(index)
            except (RateLimited, QueueFull):
                session.rollback()
                refused.append(index)

    at_once(count, submit, timeout=120)
    return len(accepted), len(refused)


def _users(sessions, names: list[str]) -> list[int]:
    with sessions.begin() as session:
        return [accounts.register(session, name, "password123").id for name in names]


def test_thirty_at_once_from_one_user_meet_the_rate_limit_exactly(sessions, settings) -> None:
    settings = settings.model_copy(update={"submissions_per_minute": 12, "queue_cap": 1000})
    users = _users(sessions, ["ada"])
    assert _at_once(sessions, settings, users, 30) == (12, 18)
    with sessions() as session:
        assert session.query(Submission).count() == 12


def test_thirty_at_once_from_many_users_meet_the_queue_cap_exactly(sessions, settings) -> None:
    settings = settings.model_copy(update={"submissions_per_minute": 100, "queue_cap": 5})
    users = _users(sessions, [f"user{i}" for i in range(6)])
    assert _at_once(sessions, settings, users, 30) == (5, 25)


def test_thirty_at_once_meet_the_limits_of_submissions_and_runs_each_exactly(
        sessions, settings) -> None:
    settings = settings.model_copy(update={"submissions_per_minute": 5, "runs_per_minute": 7,
                                           "queue_cap": 1000})
    users = _users(sessions, ["ada"])
    assert _at_once(sessions, settings, users, 30, modes=("full", "samples")) == (12, 18)
    with sessions() as session:
        modes = session.scalars(select(Submission.mode)).all()
    assert sorted(modes) == ["full"] * 5 + ["samples"] * 7
