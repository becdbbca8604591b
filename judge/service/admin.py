"""Administrators: who is one (`judge admin grant|revoke`, on the database directly), and
what they may do through the API that others may not (rejudge, as `judge rejudge` does)."""

import logging
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..errors import Forbidden, UnknownProblem
from ..grading.problems import ProblemRepository
from . import queue
from .store.models import Status, Submission, User

log = logging.getLogger(__name__)

LOGGED_IDS = 20
"""Ids named in a rejudge's log line; beyond, their count."""


def set_admin(session: Session, username: str, admin: bool) -> bool:
    """Makes `username` an administrator (or not); False when there is no such user."""
    # stored as accounts.check_username leaves them: stripped, lowercase
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        return False
    user.is_admin = admin
    return True


def require_admin(user: User) -> None:
    if not user.is_admin:
        raise Forbidden("only an administrator may do this (`judge admin grant NAME` on the "
                        "server makes one)")


def rejudge(sessions: sessionmaker[Session], repository: ProblemRepository,
            ids: Iterable[int] = (), problem: str | None = None, *,
            by: str) -> tuple[list[int], list[int]]:
    """Puts the given finished submissions, and every finished one to `problem`, back in the
    queue; (queued, skipped: not finished or unknown), each sorted. A `problem` the repository
    does not hold is UnknownProblem, and nothing is queued. Logged with who asked (`by`)."""
    named = sorted(set(ids))
    targets = set(named)
    if problem:
        try:
            repository.folder(problem)
        except UnknownProblem:
            raise UnknownProblem(f"no problem named {problem!r}: nothing was queued") from None
        with sessions() as session:
            targets.update(session.scalars(select(Submission.id).where(
                Submission.problem_slug == problem, Submission.status == Status.done)))
    queued = [i for i in sorted(targets) if queue.requeue(sessions, i)]
    skipped = sorted(targets - set(queued))
    log.info("rejudge by %s (%s): %d queued, %d skipped (not finished or unknown)", by,
             _asked(named, problem), len(queued), len(skipped))
    return queued, skipped


def _asked(ids: list[int], problem: str | None) -> str:
    parts = [f"problem {problem}"] if problem else []
    if ids:
        shown = ", ".join(map(str, ids[:LOGGED_IDS]))
        more = f", ... ({len(ids)} ids)" if len(ids) > LOGGED_IDS else ""
        parts.append(f"id{'s' if len(ids) > 1 else ''} {shown}{more}")
    return "; ".join(parts)
