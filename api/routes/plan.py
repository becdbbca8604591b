"""Your own study plan: the built-in one or a group's you follow, with what to do next."""

from fastapi import APIRouter
from sqlalchemy.orm import Session

from judge.errors import JudgeError
from judge.grading.problems import ProblemRepository
from judge.service import my_plan
from judge.service.plans import Plan
from judge.service.store.models import User, utcnow

from ..deps import CurrentUser, ServicesDep, SessionDep
from ..responses import errors
from ..schemas import MyPlanPublic, PlanFollow, PlanProblem, PlanWeek

router = APIRouter(prefix="/api/plan", tags=["study plan"], responses=errors(401, 503))


def plan_problem(repository: ProblemRepository, slug: str, solved: set[str]) -> PlanProblem:
    try:
        meta = repository.metadata(slug)
        title, difficulty, category = meta.title, meta.difficulty.value, meta.category
    except JudgeError:  # a problem since removed from a group's plan: still listed, plainly
        title, difficulty, category = slug, "?", "?"
    return PlanProblem(slug=slug, title=title, difficulty=difficulty, category=category,
                       solved=slug in solved)


def plan_weeks(repository: ProblemRepository, plan: Plan, solved: set[str]) -> list[PlanWeek]:
    weeks = []
    for number, week in enumerate(plan.weeks, 1):
        problems = [plan_problem(repository, slug, solved) for slug in week.problems]
        weeks.append(PlanWeek(number=number, title=week.title, problems=problems,
                              done=sum(p.solved for p in problems), total=len(problems)))
    return weeks


def my_plan_public(session: Session, services, user: User) -> MyPlanPublic:
    repository = services.repository
    catalogue = repository.catalogue()
    mine = my_plan.followed(session, user, catalogue)
    solved = my_plan.solved_in(session, user, mine.plan)
    week = mine.current_week(utcnow())
    gone = set(mine.plan.slugs()) - {meta.slug for meta in catalogue}
    upcoming = my_plan.next_problem(mine.plan, solved | gone, week)
    return MyPlanPublic(
        source="built-in" if mine.group is None else "group",
        group_id=None if mine.group is None else mine.group.id,
        group=None if mine.group is None else mine.group.name,
        name=mine.plan.name, started_at=mine.started_at, current_week=week,
        done=len(solved), total=len(mine.plan.slugs()),
        next=None if upcoming is None else plan_problem(repository, upcoming, solved),
        weeks=plan_weeks(repository, mine.plan, solved))


@router.get("/mine")
def read_my_plan(user: CurrentUser, session: SessionDep, services: ServicesDep) -> MyPlanPublic:
    """The plan you follow (the built-in five-week plan unless you chose a group's), week by
    week with your progress, this week's number and the next problem to do."""
    return my_plan_public(session, services, user)


@router.put("/mine", responses=errors(404, 413, 422))
def follow_plan(body: PlanFollow, user: CurrentUser, session: SessionDep,
                services: ServicesDep) -> MyPlanPublic:
    """Follow a group's plan (you must be a member: 404 otherwise) on the group's clock, or
    with `group_id` null the built-in plan, whose week 1 starts now."""
    my_plan.follow(session, user, body.group_id)
    session.commit()
    return my_plan_public(session, services, user)
