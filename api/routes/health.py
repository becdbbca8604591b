from fastapi import APIRouter, Response, status
from sqlalchemy import text

from judge.service.queue import queued_count

from ..deps import ServicesDep
from ..responses import HEALTH_DOWN
from ..schemas import HealthPublic

NOT_USED = "not used here (no grading workers in this process)"

router = APIRouter(prefix="/api", tags=["service"])


@router.get("/health", responses=HEALTH_DOWN)
def health(services: ServicesDep, response: Response) -> HealthPublic:
    """Whether the database and the sandbox backend answer (503 when either does not). A
    process without grading workers (`judge serve --workers 0`, the API beside `judge worker`
    processes) starts no sandbox: only its database counts."""
    queued = None
    try:
        with services.sessions() as session:
            session.execute(text("SELECT 1"))
            queued = queued_count(session)
        database = "ok"
    except Exception as exc:
        database = f"unavailable: {type(exc).__name__}"
    sandbox_ok = True
    sandbox = NOT_USED
    if services.pool is not None:
        backend, reason = services.sandbox()
        sandbox_ok = reason is None
        sandbox = f"ok ({backend.name})" if sandbox_ok else f"unavailable: {reason}"
    healthy = database == "ok" and sandbox_ok
    if not healthy:
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
    workers = len(services.pool.workers) if services.pool else 0
    return HealthPublic(status="ok" if healthy else "degraded", database=database,
                        sandbox=sandbox, workers=workers, queued=queued)
