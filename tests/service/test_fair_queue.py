"""Claims are fair between users, on SQLite and PostgreSQL: one user's twenty runs hold
another's submission back by one grade at most, users with work waiting take turns (one
worker or several claiming at once), and every claim and every place in the queue agrees with
the rule written plainly in Python (judge.service.queue.fair_order)."""


import hypothesis
from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from sqlalchemy import delete

from judge.grading.problems import ProblemRepository
from judge.service import accounts, queue, submissions
from judge.service.store.models import Submission, SubmissionEvent, User

from .conftest import GOOD, ROOT, at_once, stored

REPOSITORY = ProblemRepository(ROOT / "problems")
INPUT = "nums = [1, 3, 3, 5]\nqueries = [3, 9]\n"


def _users(sessions, *names: str) -> list[int]:
    with sessions.begin() as session:
        return [accounts.register(session, name, "password123").id for name in names]


def _send(sessions, limits, user_id: int, mode: str = "full") -> int:
    """Queued the way the API queues it (admission, limits and all)."""
    with sessions.begin() as session:
        user = session.get(User, user_id)
        return submissions.create(session, limits, REPOSITORY, user, "insert-positions", GOOD,
                                  mode, INPUT if mode == "custom" else None).id


def _ahead(sessions, submission_id: int) -> int | None:
    with sessions() as session:
        return submissions.queue_ahead(session, stored(sessions, submission_id))


def _owner(sessions, submission_id: int) -> int:
    return stored(sessions, submission_id).user_id


def _roomy(settings_):
    return settings_.model_copy(update={"submissions_per_minute": 100, "runs_per_minute": 100})


def test_twenty_runs_hold_back_another_users_submission_by_one_grade_at_most(
        sessions, settings) -> None:
    limits = _roomy(settings)
    ada, bob = _users(sessions, "ada", "bob")
    runs = [_send(sessions, limits, ada, "custom") for _ in range(20)]
    # One worker grades ada's runs back to back. bob submits before anything is claimed,
    # between two grades (at turn 4 just after his previous one was claimed, so that he was
    # served more recently than ada), and while a grade is in progress.
    sends_between_grades, sends_while_grading = {0, 3, 4, 9}, {6}
    waiting: dict[int, list[int]] = {}  # bob's -> [claims of others since sent, as told]
    waited: list[int] = []
    claims: list[int] = []

    def send() -> None:
        mine = _send(sessions, limits, bob)
        waiting[mine] = [0, _ahead(sessions, mine)]

    for turn in range(30):
        if turn in sends_between_grades:
            send()
        job = queue.claim(sessions, "worker", 30)
        if job is None:
            break
        claims.append(job.id)
        if job.id in waiting:
            others, told = waiting.pop(job.id)
            assert others == told  # the place in the queue bob was shown held
            waited.append(others)
        for count in waiting.values():
            count[0] += 1
        if turn in sends_while_grading:
            send()
        assert queue.finish(sessions, job, "worker", "Accepted", {})
    assert waited == [1, 0, 1, 0, 0]  # never more than one grade of ada's
    assert len(claims) == len(set(claims)) == 25  # ada's twenty runs and bob's five
    assert [s for s in claims if s in runs] == runs  # ada's own runs in her order
    assert {_owner(sessions, s) for s in claims if s not in runs} == {bob}


def test_a_submission_waits_for_no_grade_of_a_user_who_has_one_in_flight(sessions,
                                                                         settings) -> None:
    limits = _roomy(settings)
    ada, bob = _users(sessions, "ada", "bob")
    runs = [_send(sessions, limits, ada, "samples") for _ in range(20)]
    one, two = queue.claim(sessions, "w1", 30), queue.claim(sessions, "w2", 30)
    assert (one.id, two.id) == (runs[0], runs[1])  # nobody else waits: ada uses both workers
    mine = _send(sessions, limits, bob)
    assert _ahead(sessions, mine) == 0
    queue.finish(sessions, one, "w1", "Accepted", {})
    assert queue.claim(sessions, "w1", 30).id == mine


def test_users_with_work_waiting_take_turns(sessions, settings) -> None:
    limits = _roomy(settings)
    ada, bob, cyd = _users(sessions, "ada", "bob", "cyd")
    sent = {user: [_send(sessions, limits, user, mode) for _ in range(count)]
            for user, count, mode in ((ada, 5, "full"), (bob, 3, "custom"), (cyd, 4, "samples"))}
    rotation = [sent[ada][0], sent[bob][0], sent[cyd][0], sent[ada][1], sent[bob][1],
                sent[cyd][1], sent[ada][2], sent[bob][2], sent[cyd][2], sent[ada][3],
                sent[cyd][3], sent[ada][4]]
    assert [_ahead(sessions, s) for s in rotation] == list(range(len(rotation)))
    claims = []
    while (job := queue.claim(sessions, "worker", 30)) is not None:
        claims.append(job.id)
        queue.finish(sessions, job, "worker", "Accepted", {})
    assert claims == rotation


def test_workers_claiming_at_the_same_moment_take_turns_too(sessions, settings) -> None:
    # Several workers at once: on PostgreSQL each locks the first row in the fair order that
    # no other is locking, which must be the next user's turn, not the same user's next job.
    limits = _roomy(settings)
    users = _users(sessions, "ada", "bob", "cyd")
    sent = {user: [_send(sessions, limits, user) for _ in range(8)] for user in users}
    claimed: list[int] = []
    at_once(6, lambda index: claimed.append(queue.claim(sessions, f"w{index}", 30).id))
    assert sorted(claimed) == sorted(s for user in users for s in sent[user][:2])


# ---------------------------------------------------------------- the rule, in plain Python
class Model:
    """The fair rule as a plain statement: the next job is the oldest waiting job of the
    user with the fewest jobs in flight; among those users, the one whose latest claim is
    the oldest (never claimed first); then the one whose oldest waiting job is oldest."""

    def __init__(self) -> None:
        self.owner: dict[int, int] = {}
        self.waiting: list[int] = []  # ids, oldest first
        self.in_flight: dict[int, int] = {}  # id -> user
        self.last_claim: dict[int, int] = {}  # user -> number of their latest claim
        self.claims = 0

    def next(self) -> int | None:
        def key(user: int) -> tuple:
            jobs = sum(1 for owner in self.in_flight.values() if owner == user)
            last = self.last_claim.get(user)
            first = min(j for j in self.waiting if self.owner[j] == user)
            return jobs, last is not None, last or 0, first

        users = {self.owner[j] for j in self.waiting}
        if not users:
            return None
        user = min(users, key=key)
        return min(j for j in self.waiting if self.owner[j] == user)

    def claim(self, job: int) -> None:
        self.waiting.remove(job)
        self.in_flight[job] = self.owner[job]
        self.claims += 1
        self.last_claim[self.owner[job]] = self.claims

    def order(self) -> list[int]:
        """The waiting jobs in the order claims would take them if none finished."""
        copy = Model()
        copy.owner, copy.waiting = self.owner, list(self.waiting)
        copy.in_flight, copy.last_claim = dict(self.in_flight), dict(self.last_claim)
        copy.claims = self.claims
        taken = []
        while (job := copy.next()) is not None:
            copy.claim(job)
            taken.append(job)
        return taken


STEPS = st.lists(st.one_of(st.tuples(st.just("send"), st.integers(0, 2)),
                           st.tuples(st.just("claim"), st.just(0)),
                           st.tuples(st.just("finish"), st.integers(0, 5)),
                           st.tuples(st.just("release"), st.integers(0, 5))),
                 max_size=30)


def test_every_claim_and_place_follows_the_rule(sessions, settings) -> None:
    limits = settings.model_copy(update={"submissions_per_minute": 10_000})
    users = _users(sessions, "ada", "bob", "cyd")

    # the database is the fixture's, emptied at the start of each example
    @hypothesis.settings(max_examples=25, deadline=None,
                         suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                HealthCheck.too_slow])
    @given(steps=STEPS)
    def check(steps) -> None:
        hypothesis.note(f"steps: {steps}")
        with sessions.begin() as session:  # each example starts from an empty queue
            session.execute(delete(SubmissionEvent))
            session.execute(delete(Submission))
        model = Model()
        jobs: dict[int, queue.Job] = {}
        for step, arg in steps:
            if step == "send":
                job_id = _send(sessions, limits, users[arg])
                model.owner[job_id] = users[arg]
                model.waiting.append(job_id)
            elif step == "claim":
                expected = model.next()
                job = queue.claim(sessions, "worker", 30)
                assert (job and job.id) == expected, (job, expected)
                if job is not None:
                    model.claim(job.id)
                    jobs[job.id] = job
            elif jobs:  # finish or release one of the jobs in flight
                job = jobs.pop(sorted(jobs)[arg % len(jobs)])
                del model.in_flight[job.id]
                if step == "finish":
                    assert queue.finish(sessions, job, "worker", "Accepted", {})
                else:
                    queue.release(sessions, job, "worker")
                    model.waiting = sorted([*model.waiting, job.id])
        with sessions() as session:
            places = {job: queue.place(session, job) for job in model.waiting}
        assert sorted(places, key=places.get) == model.order()
        assert sorted(places.values()) == list(range(len(places)))

    check()
