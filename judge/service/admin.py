"""Administrators: who is one (`judge admin grant|revoke`, on the database directly), and
what they may do through the API that others may not (rejudge, as `judge rejudge` does)."""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..errors import Forbidden
from . import queue
from .store.models import Status, Submission, User


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


def rejudge(sessions: sessionmaker[Session], ids: Iterable[int] = (),
            problem: str | None = None) -> tuple[list[int], list[int]]:
    """Puts the given finished submissions, and every finished one to `problem`, back in the
    queue; (queued, skipped: not finished or unknown), each sorted."""
    targets = set(ids)
    if problem:
        with sessions() as session:
            targets.update(session.scalars(select(Submission.id).where(
                Submission.problem_slug == problem, Submission.status == Status.done)))
    queued = [i for i in sorted(targets) if queue.requeue(sessions, i)]
    return queued, sorted(targets - set(queued))
