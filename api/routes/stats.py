"""Your progress in numbers: by category and pattern, day by day, and where you are weakest."""

from fastapi import APIRouter
from sqlalchemy.orm import Session

from judge.service import profile, progress
from judge.service.progress import Mark
from judge.service.store.models import User, utcnow

from ..deps import CurrentUser, ServicesDep, SessionDep
from ..responses import errors
from ..schemas import DayPublic, StatsPublic, TallyPublic, WeakPattern
from .plan import plan_problem

router = APIRouter(prefix="/api/stats", tags=["progress"], responses=errors(401, 503))


def _tally(tally: profile.Tally) -> TallyPublic:
    return TallyPublic(name=tally.name, solved=tally.solved, attempted=tally.attempted,
                       total=tally.total)


def stats_public(session: Session, services, user: User) -> StatsPublic:
    catalogue = services.repository.catalogue()
    known = {meta.slug for meta in catalogue}
    marks = {slug: mark for slug, mark in progress.marks(session, user).items()
             if slug in known}  # a problem since removed counts no more
    patterns = profile.by_pattern(catalogue, marks)
    weakest = [WeakPattern(
        pattern=weak.tally.name, solved=weak.tally.solved, attempted=weak.tally.attempted,
        total=weak.tally.total,
        next=None if weak.suggestion is None
        else plan_problem(services.repository, weak.suggestion.slug, set()))
        for weak in profile.weakest(catalogue, marks, patterns)]
    return StatsPublic(
        solved=sum(mark == Mark.solved for mark in marks.values()),
        attempted=sum(mark == Mark.attempted for mark in marks.values()),
        total=len(catalogue),
        categories=[_tally(t) for t in profile.by_category(catalogue, marks)],
        patterns=[_tally(t) for t in patterns],
        activity=[DayPublic(day=d.day, runs=d.runs, accepted=d.accepted)
                  for d in profile.activity(session, user, utcnow().date())],
        weakest=weakest)


@router.get("/mine")
def read_my_stats(user: CurrentUser, session: SessionDep, services: ServicesDep) -> StatsPublic:
    """Solved and attempted problems per category and pattern, full runs per day over the
    last twelve weeks (UTC), and your weakest patterns with the problem to try next in each."""
    return stats_public(session, services, user)
