"""Your progress on the web: charts by category, pattern and day (SVG drawn here), and your
weakest patterns with the problem to try next."""

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..deps import ServicesDep, SessionDep
from ..routes.stats import stats_public
from . import charts
from .render import page
from .session import Viewer, required

router = APIRouter(include_in_schema=False)


@router.get("/progress", response_class=HTMLResponse)
def progress_page(request: Request, user: Viewer, session: SessionDep,
                  services: ServicesDep) -> HTMLResponse:
    user = required(request, user)
    stats = stats_public(session, services, user)
    days = stats.activity
    return page(request, "progress.html", user, stats=stats,
                category_chart=charts.progress_bars("by-category", "Problems by category",
                                                    stats.categories),
                pattern_chart=charts.progress_bars("by-pattern", "Problems by pattern",
                                                   stats.patterns),
                activity_chart=charts.activity_bars("activity", days),
                active_days=sum(1 for d in days if d.runs))
