"""The review queue: how a history of runs becomes a spaced-repetition schedule (FSRS, days
only), and the queue through the API on SQLite and PostgreSQL."""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from judge.service.review import Outcome, review_queue, schedule
from judge.service.store.models import Mode, Status, Submission, User, utcnow

from .conftest import register_api

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def at(days: float) -> datetime:
    return T0 + timedelta(days=days)


def cards(*runs):
    return {card.slug: card for card in schedule(runs)}


def test_a_day_is_one_review_rated_by_its_runs() -> None:
    got = cards(("good", at(0), "Accepted"),
                ("hard", at(0), "Wrong Answer"), ("hard", at(0.1), "Accepted"),
                ("again", at(0), "Wrong Answer"), ("again", at(0.2), "Time Limit Exceeded"),
                ("later", at(0), "Accepted"), ("later", at(0.01), "Wrong Answer"))
    assert {slug: c.outcome for slug, c in got.items()} == {
        "good": Outcome.good, "hard": Outcome.hard, "again": Outcome.again,
        "later": Outcome.good}  # a failure after the day's Accepted changes nothing
    assert all(c.reviews == 1 for c in got.values())
    assert [got[s].solved for s in ("good", "hard", "again")] == [True, True, False]
    assert got["hard"].last_review == at(0.1) and got["again"].last_review == at(0.2)


def test_failed_comes_back_first_then_a_struggle_then_a_clean_solve() -> None:
    got = cards(("good", at(0), "Accepted"),
                ("hard", at(0), "Wrong Answer"), ("hard", at(0), "Accepted"),
                ("again", at(0), "Wrong Answer"))
    assert got["again"].due == at(1)  # tomorrow
    assert got["again"].due <= got["hard"].due < got["good"].due


def test_intervals_grow_with_each_clean_solve_and_shrink_after_a_failure() -> None:
    runs, when, gaps = [], T0, []
    for _ in range(4):
        runs.append(("p", when, "Accepted"))
        due = cards(*runs)["p"].due
        gaps.append(due - when)
        when = due
    assert gaps == sorted(gaps) and gaps[0] >= timedelta(days=1) and len(set(gaps)) == 4
    runs.append(("p", when, "Wrong Answer"))
    after = cards(*runs)["p"]
    assert after.outcome == Outcome.again and after.due - when < gaps[-1]
    assert after.reviews == 5 and after.solved  # solved once stays solved


def test_the_same_history_gives_the_same_dates() -> None:
    runs = [("p", at(d), v) for d, v in ((0, "Wrong Answer"), (1, "Accepted"), (4, "Accepted"))]
    assert schedule(runs) == schedule(list(runs))


def _run(sessions, name: str, slug: str, verdict: str | None, days_ago: float,
         mode: str = Mode.full) -> None:
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == name))
        session.add(Submission(user_id=user.id, problem_slug=slug, code="#", mode=mode,
                               created_at=utcnow() - timedelta(days=days_ago),
                               status=Status.done if verdict else Status.queued,
                               verdict=verdict))


def test_the_queue_through_the_api(client, store) -> None:
    ada = register_api(client, "ada")
    assert client.get("/api/review", headers=ada).json() == {"due": [], "upcoming": []}
    _run(store, "ada", "insert-positions", "Wrong Answer", 3)      # failed: due 2 days ago
    _run(store, "ada", "welch-t-test", "Accepted", 40)             # solved long ago
    _run(store, "ada", "lru-cache", "Accepted", 0.01)              # just solved: upcoming
    _run(store, "ada", "kth-smallest-latency", "Accepted", 3, mode=Mode.samples)  # practice
    _run(store, "ada", "best-hop-score", "Internal Error", 3)      # the judge's fault
    _run(store, "ada", "strict-bst-check", None, 3)                # still waiting
    _run(store, "ada", "a-problem-since-removed", "Wrong Answer", 3)
    body = client.get("/api/review", headers=ada).json()
    assert [p["slug"] for p in body["due"]] == ["welch-t-test", "insert-positions"]
    failed = body["due"][1]
    assert (failed["last_outcome"], failed["solved"], failed["days_worked"]) == ("again", False, 1)
    assert failed["title"] == "Insert Positions in a Sorted List"
    assert failed["difficulty"] == "easy" and failed["category"] == "algorithms"
    assert [p["slug"] for p in body["upcoming"]] == ["lru-cache"]
    assert body["upcoming"][0]["last_outcome"] == "good"

    _run(store, "ada", "insert-positions", "Accepted", 0)          # reviewed today
    body = client.get("/api/review", headers=ada).json()
    assert [p["slug"] for p in body["due"]] == ["welch-t-test"]
    assert {p["slug"] for p in body["upcoming"]} == {"lru-cache", "insert-positions"}

    bob = register_api(client, "bob")
    assert client.get("/api/review", headers=bob).json() == {"due": [], "upcoming": []}
    assert client.get("/api/review").status_code == 401


def test_a_rejudge_or_a_new_run_replays_the_schedule(sessions) -> None:
    """The process keeps each user's schedule until a graded run is added or graded again."""
    with sessions.begin() as session:
        user = User(username="ada", password_hash="x")
        session.add(user)
        session.flush()
        user_id = user.id
        session.add(Submission(user_id=user_id, problem_slug="lru-cache", code="#",
                               mode=Mode.full, status=Status.done, verdict="Wrong Answer",
                               created_at=utcnow() - timedelta(days=5), finished_at=utcnow()))

    def due() -> list[tuple[str, Outcome]]:
        with sessions() as session:
            user = session.get(User, user_id)
            return [(c.slug, c.outcome) for c in review_queue(session, user, utcnow()).due]

    assert due() == [("lru-cache", Outcome.again)]
    assert due() == [("lru-cache", Outcome.again)]  # kept
    with sessions.begin() as session:  # a rejudge: the verdict and the finish change
        row = session.scalar(select(Submission))
        row.verdict, row.finished_at = "Accepted", utcnow() + timedelta(seconds=1)
    assert due() == [("lru-cache", Outcome.good)]
    with sessions.begin() as session:  # a new run, the same day as the first
        session.add(Submission(user_id=user_id, problem_slug="insert-positions", code="#",
                               mode=Mode.full, status=Status.done, verdict="Wrong Answer",
                               created_at=utcnow() - timedelta(days=4)))
    assert due() == [("lru-cache", Outcome.good), ("insert-positions", Outcome.again)]
