"""The problem catalogue, a problem with its editor, and one's submissions, as web pages.

The pages show what the API answers (they call the same route functions), so a page can
never show more than the API would, to anyone.
"""

from collections import defaultdict
from typing import Annotated

from fastapi import APIRouter, Form, Path, Query, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse

from judge.errors import JudgeError
from judge.grading.problems.model import CATEGORIES, Difficulty
from judge.grading.report import result_from_json
from judge.grading.verdicts import Verdict
from judge.service import submissions

from ..deps import ServicesDep, SessionDep
from ..errors import status_for
from ..routes.problems import read_problem
from ..routes.submissions import read_submission
from ..schemas import MAX_ID, Text
from .render import page
from .session import CsrfField, Viewer, check_csrf, required

router = APIRouter(include_in_schema=False)
PAGE_SIZE = 50
EASY_TO_HARD = list(Difficulty)


@router.get("/", response_class=HTMLResponse)
def catalogue(request: Request, user: Viewer, session: SessionDep, services: ServicesDep,
              category: Annotated[str | None, Query(max_length=40)] = None,
              difficulty: Annotated[str | None, Query(max_length=40)] = None) -> HTMLResponse:
    metas = [meta for meta in services.repository.catalogue()
             if (not category or meta.category == category)
             and (not difficulty or meta.difficulty.value == difficulty)]
    by_category = defaultdict(list)
    for meta in sorted(metas, key=lambda m: (EASY_TO_HARD.index(m.difficulty), m.title)):
        by_category[meta.category].append(meta)
    solved = submissions.solved_slugs(session, user) if user else set()
    return page(request, "catalogue.html", user, categories=CATEGORIES,
                by_category=[(name, by_category[name]) for name in CATEGORIES
                             if by_category[name]],
                solved=solved, category=category, difficulty=difficulty, total=len(metas))


def _problem_page(request: Request, user, session, services, slug: str, code: str | None = None,
                  error: str | None = None, status_code: int = 200) -> HTMLResponse:
    problem = read_problem(slug, services)
    recent = submissions.list_own(session, user, problem=slug, limit=10) if user else []
    if code is None:  # what the user last sent, else the starter
        code = recent[0].code if recent else problem.starter
    return page(request, "problem.html", user, status_code=status_code, problem=problem,
                code=code, error=error, recent=recent)


@router.get("/problems/{slug}", response_class=HTMLResponse)
def problem_page(request: Request, slug: Annotated[str, Path(max_length=100)], user: Viewer,
                 session: SessionDep, services: ServicesDep) -> HTMLResponse:
    return _problem_page(request, user, session, services, slug)


@router.post("/problems/{slug}/submit", response_class=HTMLResponse)
def submit(request: Request, slug: Annotated[str, Path(max_length=100)], user: Viewer,
           session: SessionDep, services: ServicesDep, code: Annotated[Text, Form()],
           csrf: CsrfField = "",
           mode: Annotated[str, Form(max_length=10)] = "full"):
    user = required(request, user)
    try:
        check_csrf(request, csrf)
        submission = submissions.create(session, services.settings, services.repository, user,
                                        slug, code, mode)
    except JudgeError as exc:  # shown above the editor, with the code kept in it
        session.rollback()
        return _problem_page(request, user, session, services, slug, code=code,
                             error=str(exc), status_code=status_for(exc))
    session.commit()
    services.signals.work_queued()
    return RedirectResponse(f"/submissions/{submission.id}", status.HTTP_303_SEE_OTHER)


@router.get("/submissions", response_class=HTMLResponse)
def my_submissions(request: Request, user: Viewer, session: SessionDep,
                   before: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None
                   ) -> HTMLResponse:
    user = required(request, user)
    rows = submissions.list_own(session, user, limit=PAGE_SIZE, before=before)
    older = rows[-1].id if len(rows) == PAGE_SIZE else None
    return page(request, "submissions.html", user, rows=rows, older=older)


@router.get("/submissions/{submission_id}", response_class=HTMLResponse)
def submission_page(request: Request, submission_id: Annotated[int, Path(ge=1, le=MAX_ID)],
                    user: Viewer, session: SessionDep, services: ServicesDep) -> HTMLResponse:
    user = required(request, user)
    submission = read_submission(submission_id, user, session)
    result = result_from_json(submission.result) if submission.result else None
    try:
        title = services.repository.metadata(submission.problem).title
    except JudgeError:  # a problem since removed
        title = submission.problem
    return page(request, "submission.html", user, submission=submission, result=result,
                title=title, accepted=Verdict.accepted)
