"""Ranking, tie-breaking, windows at their edges, rejudges and plan progress, on hand-built
histories (rows written straight into the store, on SQLite and PostgreSQL)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from judge.grading.problems import ProblemRepository
from judge.service import accounts, groups, leaderboard, queue
from judge.service.leaderboard import Window
from judge.service.plans import Plan
from judge.service.store.models import Mode, Status, Submission

from .conftest import ROOT

REPOSITORY = ProblemRepository(ROOT / "problems")
CATALOGUE = {meta.slug: meta for meta in REPOSITORY.catalogue()}
EASY, MEDIUM, HARD = "insert-positions", "kth-smallest-latency", "best-hop-score"
STATS_EASY = "welch-t-test"
T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday
PLAN = Plan(name="p", weeks=[{"title": "w1", "problems": [EASY, MEDIUM]},
                             {"title": "w2", "problems": [STATS_EASY]}])


def at(hours: float) -> datetime:
    return T0 + timedelta(hours=hours)


class History:
    def __init__(self, sessions) -> None:
        self.sessions = sessions
        self.users = {}
        with sessions.begin() as session:
            for name in ("ada", "bob", "carol", "dave", "erin", "stranger"):
                self.users[name] = accounts.register(session, name, "password123")
            self.group = groups.create(session, self.users["ada"], "circle")
            code = self.group.invite_code
            for name in ("bob", "carol", "dave", "erin"):
                groups.join(session, self.users[name], code)

    def add(self, name: str, slug: str, verdict: str | None, when: datetime,
            mode: str = Mode.full) -> int:
        with self.sessions.begin() as session:
            row = Submission(user_id=self.users[name].id, problem_slug=slug, code="#",
                             mode=mode, created_at=when,
                             status=Status.done if verdict else Status.queued,
                             verdict=verdict)
            session.add(row)
            session.flush()
            return row.id

    def board(self, window: Window | None = None, plan: Plan = PLAN) -> list:
        with self.sessions() as session:
            return leaderboard.board(session, self.group.id, CATALOGUE, plan,
                                     window or Window())


def table(rows) -> list[tuple]:
    return [(r.rank, r.username, r.points) for r in rows]


@pytest.fixture
def history(sessions) -> History:
    return History(sessions)


def test_points_weight_difficulty_and_count_each_problem_once(history) -> None:
    history.add("ada", EASY, "Wrong Answer", at(0))
    history.add("ada", EASY, "Accepted", at(1))
    history.add("ada", EASY, "Accepted", at(2))          # solved again: still 1 point
    history.add("ada", HARD, "Accepted", at(3))          # +3
    history.add("bob", MEDIUM, "Accepted", at(1))        # +2
    history.add("bob", HARD, "Accepted", at(1.5), mode=Mode.samples)  # practice: not counted
    history.add("bob", EASY, "Time Limit Exceeded", at(4))
    history.add("stranger", HARD, "Accepted", at(0))     # not a member
    history.add("carol", "a-problem-since-removed", "Accepted", at(0))
    history.add("dave", EASY, None, at(5))               # still queued: an attempt, no points
    rows = {r.username: r for r in history.board()}
    assert (rows["ada"].points, rows["ada"].solved, rows["ada"].attempts) == (4, 2, 4)
    assert rows["ada"].by_category == {"algorithms": 2}
    assert (rows["bob"].points, rows["bob"].attempts) == (2, 2)  # the samples run is no attempt
    assert rows["bob"].last_activity == at(4)
    assert (rows["carol"].points, rows["carol"].solved) == (0, 0)
    assert (rows["dave"].points, rows["dave"].attempts) == (0, 1)
    assert "stranger" not in rows


def test_ties_go_to_who_reached_the_score_first(history) -> None:
    history.add("ada", MEDIUM, "Accepted", at(1))
    history.add("ada", EASY, "Accepted", at(5))          # ada reaches 3 at hour 5
    history.add("bob", EASY, "Accepted", at(2))
    history.add("bob", MEDIUM, "Accepted", at(3))        # bob reaches 3 at hour 3
    history.add("bob", MEDIUM, "Accepted", at(9))        # a later re-solve changes nothing
    history.add("carol", HARD, "Accepted", at(8))        # 3 points at hour 8
    history.add("dave", STATS_EASY, "Accepted", at(0))   # 1 point
    assert table(history.board()) == [(1, "bob", 3), (2, "ada", 3), (3, "carol", 3),
                                      (4, "dave", 1), (5, "erin", 0)]


def test_full_ties_share_a_rank(history) -> None:
    history.add("ada", EASY, "Accepted", at(1))
    history.add("bob", EASY, "Accepted", at(1))
    assert table(history.board()) == [(1, "ada", 1), (1, "bob", 1), (3, "carol", 0),
                                      (3, "dave", 0), (3, "erin", 0)]


def test_this_week_starts_monday_midnight_utc(history) -> None:
    monday = datetime(2026, 11, 9, tzinfo=UTC)
    history.add("ada", EASY, "Accepted", monday - timedelta(microseconds=1))  # last week
    history.add("bob", EASY, "Accepted", monday)                             # this week
    history.add("carol", EASY, "Accepted", monday + timedelta(days=7) - timedelta(seconds=1))
    history.add("dave", EASY, "Accepted", monday + timedelta(days=7))        # next week
    week = Window.this_week(datetime(2026, 11, 12, 15, 0, tzinfo=UTC))       # a Thursday
    assert (week.start, week.end) == (monday, monday + timedelta(days=7))
    scored = {r.username for r in history.board(week) if r.points}
    assert scored == {"bob", "carol"}
    sunday = Window.this_week(datetime(2026, 11, 15, 23, 59, tzinfo=UTC))
    assert sunday.start == monday


def test_a_date_range_includes_both_end_days_whole(history) -> None:
    history.add("ada", EASY, "Accepted", datetime(2026, 11, 3, 0, 0, tzinfo=UTC))
    history.add("bob", EASY, "Accepted", datetime(2026, 11, 4, 23, 59, 59, tzinfo=UTC))
    history.add("carol", EASY, "Accepted", datetime(2026, 11, 2, 23, 59, 59, tzinfo=UTC))
    history.add("dave", EASY, "Accepted", datetime(2026, 11, 5, 0, 0, tzinfo=UTC))
    window = Window.dates(date(2026, 11, 3), date(2026, 11, 4))
    assert {r.username for r in history.board(window) if r.points} == {"ada", "bob"}
    open_start = Window.dates(None, date(2026, 11, 3))
    assert {r.username for r in history.board(open_start) if r.points} == {"ada", "carol"}
    one_day = Window.dates(date(2026, 11, 5), date(2026, 11, 5))
    assert {r.username for r in history.board(one_day) if r.points} == {"dave"}


def test_attempts_and_activity_follow_the_window(history) -> None:
    history.add("ada", EASY, "Wrong Answer", at(0))
    history.add("ada", EASY, "Accepted", at(24 * 8))
    window = Window.dates(date(2026, 11, 10), None)
    ada = next(r for r in history.board(window) if r.username == "ada")
    assert (ada.attempts, ada.last_activity, ada.points) == (1, at(24 * 8), 1)


def test_a_window_counts_a_problem_solved_again_within_it(history) -> None:
    """As README says: a windowed board counts a problem Accepted in the window even if it
    was solved before; attempts are the window's full submissions, whatever their verdict;
    runs on one's own input and samples never count."""
    history.add("ada", EASY, "Accepted", at(0))                  # before the window
    history.add("ada", EASY, "Wrong Answer", at(24 * 8))
    history.add("ada", EASY, "Accepted", at(24 * 8 + 1))         # solved again within it
    history.add("bob", EASY, "Accepted", at(0))                  # solved before only
    history.add("bob", EASY, "Accepted", at(24 * 8), mode=Mode.custom)
    history.add("bob", EASY, "Accepted", at(24 * 8), mode=Mode.samples)
    window = Window.dates(date(2026, 11, 10), None)
    rows = {r.username: r for r in history.board(window)}
    assert (rows["ada"].points, rows["ada"].attempts, rows["ada"].reached_at) == (
        1, 2, at(24 * 8 + 1))
    assert (rows["bob"].points, rows["bob"].attempts, rows["bob"].last_activity) == (0, 0, None)
    assert rows["bob"].plan_done == 1  # plan progress is all-time, whatever the window


def test_ties_are_broken_by_submission_time_not_grading_time(history, sessions) -> None:
    ada = history.add("ada", EASY, "Accepted", at(1))   # sent first, graded last
    bob = history.add("bob", EASY, "Accepted", at(2))
    with sessions.begin() as session:
        session.get(Submission, ada).finished_at = at(10)
        session.get(Submission, bob).finished_at = at(3)
    assert table(history.board())[:2] == [(1, "ada", 1), (2, "bob", 1)]


def test_a_rejudge_that_changes_the_verdict_changes_the_board(history, sessions) -> None:
    submission_id = history.add("bob", HARD, "Accepted", at(1))
    history.add("ada", EASY, "Accepted", at(2))
    assert table(history.board())[:2] == [(1, "bob", 3), (2, "ada", 1)]
    assert queue.requeue(sessions, submission_id)
    job = queue.claim(sessions, "w", 30)
    assert job.id == submission_id
    queue.finish(sessions, job, "w", "Wrong Answer", {"verdict": "Wrong Answer"})
    assert table(history.board())[:2] == [(1, "ada", 1), (2, "bob", 0)]


def test_plan_progress_counts_plan_problems_solved_any_time(history) -> None:
    history.add("ada", EASY, "Accepted", at(0))
    history.add("ada", STATS_EASY, "Accepted", at(1))
    history.add("ada", HARD, "Accepted", at(2))          # not in the plan
    history.add("bob", MEDIUM, "Wrong Answer", at(0))
    history.add("bob", MEDIUM, "Accepted", at(0), mode=Mode.samples)
    week = Window.this_week(datetime(2026, 12, 1, tzinfo=UTC))  # nothing this week...
    rows = {r.username: r for r in history.board(week)}
    assert (rows["ada"].plan_done, rows["ada"].plan_total) == (2, 3)  # ...plan still counts
    assert rows["bob"].plan_done == 0
    with history.sessions() as session:
        assert leaderboard.plan_progress(session, history.users["ada"], PLAN) == {
            EASY, STATS_EASY}


def test_the_plan_week_follows_its_start() -> None:
    start = datetime(2026, 11, 2, tzinfo=UTC)
    assert PLAN.current_week(start, start - timedelta(seconds=1)) == 0
    assert PLAN.current_week(start, start) == 1
    assert PLAN.current_week(start, start + timedelta(days=7)) == 2
    assert PLAN.current_week(start, start + timedelta(days=70)) == 2  # capped
