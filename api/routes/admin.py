"""What administrators may do through the API (`judge admin grant NAME` makes one)."""

from fastapi import APIRouter, status

from judge.service import admin

from ..deps import CurrentUser, ServicesDep
from ..responses import errors
from ..schemas import RejudgeCreate, RejudgePublic

router = APIRouter(prefix="/api/admin", tags=["administration"],
                   responses=errors(401, 403, 422, 503))


@router.post("/rejudge", status_code=status.HTTP_202_ACCEPTED, responses=errors(404, 413))
def rejudge(body: RejudgeCreate, user: CurrentUser, services: ServicesDep) -> RejudgePublic:
    """Grade finished submissions again, as `judge rejudge` does: those named by id and
    every one to `problem` (404, nothing queued, for a problem the judge does not have).
    Leaderboards follow the new verdicts. Administrators only."""
    admin.require_admin(user)
    queued, skipped = admin.rejudge(services.sessions, services.repository, body.ids,
                                    body.problem, by=user.username)
    if queued:
        services.signals.work_queued()
    return RejudgePublic(queued=queued, skipped=skipped)
