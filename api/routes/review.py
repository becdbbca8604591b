"""Your review queue: problems failed, or solved a while ago, due again."""

from fastapi import APIRouter
from sqlalchemy.orm import Session

from judge.service import review
from judge.service.store.models import User, utcnow

from ..deps import CurrentUser, ServicesDep, SessionDep
from ..responses import errors
from ..schemas import ReviewProblem, ReviewPublic

router = APIRouter(prefix="/api/review", tags=["review queue"], responses=errors(401, 503))


def _problem(repository, card: review.ReviewCard) -> ReviewProblem:
    meta = repository.metadata(card.slug)
    return ReviewProblem(slug=card.slug, title=meta.title, difficulty=meta.difficulty.value,
                         category=meta.category, due=card.due, last_worked=card.last_review,
                         last_outcome=card.outcome.value, days_worked=card.reviews,
                         solved=card.solved)


def review_public(session: Session, services, user: User) -> ReviewPublic:
    repository = services.repository
    queue = review.review_queue(session, user, utcnow(), known=set(repository.slugs()))
    return ReviewPublic(due=[_problem(repository, card) for card in queue.due],
                        upcoming=[_problem(repository, card) for card in queue.upcoming])


@router.get("")
def read_review_queue(user: CurrentUser, session: SessionDep,
                      services: ServicesDep) -> ReviewPublic:
    """Problems due for review: each UTC day you sent full runs on a problem is a review of
    it (good: Accepted at once; hard: Accepted after failing; again: not Accepted), and FSRS
    sets when it comes back: a failed problem the next day, a solved one after a few days,
    then less often."""
    return review_public(session, services, user)
