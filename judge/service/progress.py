"""Progress through the catalogue: each problem's acceptance rate and solvers, one user's
solved and attempted problems, their counts by category and difficulty, and where to start.

Each read is one aggregate query over the whole catalogue (GROUP BY problem), never a query
per problem. The home page runs them on every visit; the one over everyone's submissions grows
with the table, so the page reads it through `recent_problem_stats`, at most every few seconds.
"""

import time
from dataclasses import dataclass, field
from enum import StrEnum
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, case, func, select
from sqlalchemy.orm import Session

from ..grading.problems.layout import CATEGORIES, DIFFICULTIES
from ..grading.problems.model import Metadata
from ..grading.results.verdicts import Verdict
from .plans import default_plan
from .store.models import Mode, Submission, User

ACCEPTED = Verdict.accepted.value


class Mark(StrEnum):
    """Where a user stands on one problem; the three never overlap."""

    solved = "solved"
    """Accepted in a full run, as `submissions.solved_slugs` has it."""
    attempted = "attempted"
    """Sent in a full or samples run, never Accepted in a full one."""
    untried = "untried"


@dataclass(frozen=True)
class ProblemStats:
    graded: int
    """Full runs with a verdict about the code (an Internal Error is the judge's, not it)."""
    accepted: int
    solvers: int
    """Users with an Accepted full run."""

    @property
    def rate(self) -> int | None:
        """Accepted of graded, as a whole percentage; None before anything is graded."""
        return round(100 * self.accepted / self.graded) if self.graded else None


def problem_stats(session: Session) -> dict[str, ProblemStats]:
    """Every problem with a graded full run; a problem missing from it has none. Samples
    runs (and any other mode) say nothing about solving the problem, so they do not count."""
    accepted = Submission.verdict == ACCEPTED
    rows = session.execute(
        select(Submission.problem_slug, func.count(),
               func.count(case((accepted, 1))),
               func.count(case((accepted, Submission.user_id)).distinct()))
        .where(Submission.mode == Mode.full, Submission.verdict.is_not(None),
               Submission.verdict != Verdict.internal_error.value)
        .group_by(Submission.problem_slug))
    return {slug: ProblemStats(graded, accepted_count, solvers)
            for slug, graded, accepted_count, solvers in rows}


STATS_MAX_AGE = 10.0
"""Seconds an acceptance rate may lag behind a finished grade on the home page."""
_recent: "WeakKeyDictionary[Engine, tuple[float, dict[str, ProblemStats]]]" = WeakKeyDictionary()


def recent_problem_stats(session: Session,
                         max_age: float = STATS_MAX_AGE) -> dict[str, ProblemStats]:
    """`problem_stats`, computed at most once every `max_age` seconds per database in this
    process (a whole-table aggregate on every visit would cost more as the table grows; 20,000
    submissions take some 15 ms on SQLite). Two visits that miss together both compute it:
    harmless, and no lock to wait on."""
    engine = session.get_bind()
    now = time.monotonic()
    kept = _recent.get(engine)
    if kept is not None and now - kept[0] < max_age:
        return kept[1]
    stats = problem_stats(session)
    _recent[engine] = (now, stats)
    return stats


def marks(session: Session, user: User) -> dict[str, Mark]:
    """The user's solved and attempted problems (untried ones are absent)."""
    solved = func.max(case((
        (Submission.mode == Mode.full) & (Submission.verdict == ACCEPTED), 1), else_=0))
    rows = session.execute(
        select(Submission.problem_slug, solved)
        .where(Submission.user_id == user.id, Submission.mode.in_((Mode.full, Mode.samples)))
        .group_by(Submission.problem_slug))
    return {slug: Mark.solved if done else Mark.attempted for slug, done in rows}


@dataclass
class Tally:
    """Solved of total, in one cell of the summary."""

    solved: int = 0
    total: int = 0


@dataclass
class Summary:
    """Solved of total by category (rows) and difficulty (columns), with both totals."""

    cells: dict[tuple[str, str], Tally] = field(default_factory=dict)
    by_category: dict[str, Tally] = field(default_factory=dict)
    by_difficulty: dict[str, Tally] = field(default_factory=dict)
    overall: Tally = field(default_factory=Tally)

    def rows(self) -> list[tuple[str, list[tuple[str, Tally]], Tally]]:
        """(category, [(difficulty, its cell), ...], the category's total), in order."""
        return [(category, [(level, self.cells[category, level]) for level in DIFFICULTIES],
                 self.by_category[category]) for category in CATEGORIES]

    def totals(self) -> list[tuple[str, Tally]]:
        return [(level, self.by_difficulty[level]) for level in DIFFICULTIES]


def summary(catalogue: list[Metadata], solved: set[str]) -> Summary:
    """Counts over the problems in the catalogue now (one solved since removed is not)."""
    out = Summary(cells={(c, d): Tally() for c in CATEGORIES for d in DIFFICULTIES},
                  by_category={c: Tally() for c in CATEGORIES},
                  by_difficulty={d: Tally() for d in DIFFICULTIES})
    for meta in catalogue:
        done = meta.slug in solved
        for tally in (out.cells[meta.category, meta.difficulty.value],
                      out.by_category[meta.category], out.by_difficulty[meta.difficulty.value],
                      out.overall):
            tally.total += 1
            tally.solved += int(done)
    return out


def easiest_first(catalogue: list[Metadata]):
    """A sort key: easiest first, then in the built-in plan's order (its authors' order,
    easiest patterns first; problems outside it after), then by title."""
    order = {slug: index for index, slug in enumerate(default_plan(catalogue).slugs())}
    levels = list(DIFFICULTIES)
    return lambda m: (levels.index(m.difficulty.value), order.get(m.slug, len(order)), m.title)


def start_here(catalogue: list[Metadata], solved: set[str]) -> list[Metadata]:
    """One problem a category to begin with: the first the built-in plan lists (its authors'
    order, easiest patterns first; problems outside it after, by title) among the easiest
    the user has not solved. A category the user has solved entirely offers none."""
    best: dict[str, Metadata] = {}
    for meta in sorted(catalogue, key=easiest_first(catalogue)):
        if meta.slug not in solved:
            best.setdefault(meta.category, meta)
    return [best[category] for category in CATEGORIES if category in best]
