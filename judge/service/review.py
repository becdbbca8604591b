"""The review queue: problems come back on a spaced-repetition schedule (FSRS, from the
`fsrs` library, with days as its only steps).

Every problem a user has sent a graded full run for is a card, and each UTC day they worked
on it is one review of it, rated from that day's runs:
- good: the day's first graded run was Accepted;
- hard: Accepted, after failed runs that day;
- again: nothing Accepted that day.
A failed problem comes back the next day; a solved one after a few days, then less and less
often, and sooner after a struggle. The schedule is replayed from the submissions on every
read (one query; some 15 microseconds a review), so nothing is stored and a rejudge moves it
too. Samples and custom runs, runs still waiting and Internal Errors are no reviews.

The replay costs some 150 ms for a user with 5,000 runs (`python -m benchmarks.practice`), so
each process keeps the last schedule of its recent users, keyed by what a new run or a
rejudge changes (how many graded runs, the latest id, the latest finish, the first and last
sending times): a visit with nothing new pays one aggregate query.
"""

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from weakref import WeakKeyDictionary

from fsrs import Card, Rating, Scheduler
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from ..grading.results.verdicts import Verdict
from .store.models import Mode, Submission, User

ACCEPTED = Verdict.accepted.value
SCHEDULER = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
"""No same-day steps (a problem is not a flash card), and no random fuzz: the same history
always gives the same dates."""
UPCOMING_DAYS = 14


class Outcome(StrEnum):
    good = "good"
    hard = "hard"
    again = "again"


RATINGS = {Outcome.good: Rating.Good, Outcome.hard: Rating.Hard, Outcome.again: Rating.Again}


@dataclass(frozen=True)
class ReviewCard:
    slug: str
    due: datetime
    last_review: datetime
    """The last run of the latest day worked on it."""
    outcome: Outcome
    """That day's."""
    reviews: int
    """Days worked on it."""
    solved: bool
    """Accepted on some day."""


def _days(runs: Iterable[tuple[str, datetime, str]]) -> dict[str, list[tuple[datetime, Outcome]]]:
    """Per problem, its days in order: (the day's last run, the day's outcome). `runs` in
    the order they were sent."""
    days: dict[str, dict[date, list[tuple[datetime, bool]]]] = {}
    for slug, sent, verdict in runs:
        days.setdefault(slug, {}).setdefault(sent.date(), []).append((sent, verdict == ACCEPTED))
    out = {}
    for slug, by_day in days.items():
        out[slug] = []
        for runs_of_day in by_day.values():
            accepted = [ok for _, ok in runs_of_day]
            outcome = (Outcome.good if accepted[0] else Outcome.hard if any(accepted)
                       else Outcome.again)
            out[slug].append((runs_of_day[-1][0], outcome))
    return out


def schedule(runs: Iterable[tuple[str, datetime, str]]) -> list[ReviewCard]:
    """The cards of these graded full runs (slug, sent at, verdict), sent-time order."""
    cards = []
    for number, (slug, days) in enumerate(_days(runs).items()):
        card = Card(card_id=number)
        for when, outcome in days:
            card, _ = SCHEDULER.review_card(card, RATINGS[outcome], review_datetime=when)
        cards.append(ReviewCard(slug=slug, due=card.due, last_review=days[-1][0],
                           outcome=days[-1][1], reviews=len(days),
                           solved=any(o != Outcome.again for _, o in days)))
    return cards


def _graded(user: User):
    return (Submission.user_id == user.id, Submission.mode == Mode.full,
            Submission.verdict.is_not(None), Submission.verdict != Verdict.internal_error.value)


def graded_runs(session: Session, user: User) -> list[tuple[str, datetime, str]]:
    return [(slug, sent, verdict) for slug, sent, verdict in session.execute(
        select(Submission.problem_slug, Submission.created_at, Submission.verdict)
        .where(*_graded(user)).order_by(Submission.created_at, Submission.id))]


CACHED_USERS = 1024
_schedules: "WeakKeyDictionary[Engine, OrderedDict[int, tuple[tuple, list[ReviewCard]]]]" = (
    WeakKeyDictionary())


def user_schedule(session: Session, user: User) -> list[ReviewCard]:
    """`schedule` of the user's graded runs, replayed only when they changed since this
    process last did (a new graded run, or a grade finished again)."""
    key = tuple(session.execute(
        select(func.count(), func.max(Submission.id), func.max(Submission.finished_at),
               func.min(Submission.created_at), func.max(Submission.created_at))
        .where(*_graded(user))).one())
    kept = _schedules.setdefault(session.get_bind(), OrderedDict())
    if user.id in kept and kept[user.id][0] == key:
        kept.move_to_end(user.id)
        return kept[user.id][1]
    cards = schedule(graded_runs(session, user))
    kept[user.id] = (key, cards)
    kept.move_to_end(user.id)
    while len(kept) > CACHED_USERS:
        kept.popitem(last=False)
    return cards


@dataclass(frozen=True)
class Queue:
    due: list[ReviewCard]
    """Due now, the longest overdue first."""
    upcoming: list[ReviewCard]
    """Due within UPCOMING_DAYS, the soonest first."""


def review_queue(session: Session, user: User, now: datetime,
                 known: set[str] | None = None) -> Queue:
    """The user's queue; `known`: the catalogue's slugs (a problem since removed is left
    out)."""
    cards = sorted((card for card in user_schedule(session, user)
                    if known is None or card.slug in known), key=lambda c: (c.due, c.slug))
    horizon = now + timedelta(days=UPCOMING_DAYS)
    return Queue(due=[c for c in cards if c.due <= now],
                 upcoming=[c for c in cards if now < c.due <= horizon])
