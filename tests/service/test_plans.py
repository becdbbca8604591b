"""The built-in plan (picks resolved against the catalogue, so it grows with it) and each
user's own plan through the API: the built-in one, a group's, what to do next (on SQLite and
PostgreSQL)."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from judge.grading.problems import ProblemRepository
from judge.grading.problems.model import Difficulty
from judge.service.my_plan import next_problem
from judge.service.plans import Plan, PlanTemplate, default_plan, default_template
from judge.service.store.models import Mode, PlanChoice, Status, Submission, User, utcnow

from .conftest import ROOT, register_api

CATALOGUE = {meta.slug: meta for meta in ProblemRepository(ROOT / "problems").catalogue()}
LEVELS = ["easy", "medium", "hard"]


def _new(slug: str, like: str, **changes):
    """A problem like an existing one, as if just added to the catalogue."""
    return CATALOGUE[like].model_copy(update={"slug": slug, **changes})


def test_the_built_in_plan_follows_the_five_week_timeline() -> None:
    plan = default_plan(CATALOGUE.values())
    assert len(plan.weeks) == 5
    meta = [[CATALOGUE[slug] for slug in week.problems] for week in plan.weeks]
    for week in meta[:2]:
        assert {m.category for m in week} == {"algorithms", "ml"}
        assert {m.difficulty.value for m in week} == {"easy", "medium"}
    assert {m.category for m in meta[2]} == {"statistics", "pandas"}
    assert {m.category for m in meta[3]} == {"sql"}
    assert {m.difficulty.value for m in meta[4]} == {"hard"}
    assert {m.category for m in meta[4]} == {"algorithms", "ml"}


def test_every_problem_of_the_catalogue_is_in_exactly_one_week() -> None:
    slugs = default_plan(CATALOGUE.values()).slugs()
    assert sorted(slugs) == sorted(CATALOGUE)


def test_each_week_goes_from_easy_to_hard_and_week_one_starts_with_its_first_pattern() -> None:
    plan = default_plan(CATALOGUE.values())
    for week in plan.weeks:
        levels = [LEVELS.index(CATALOGUE[slug].difficulty.value) for slug in week.problems]
        assert levels == sorted(levels), week.title
    first = CATALOGUE[plan.weeks[0].problems[0]]
    assert first.difficulty.value == "easy" and "binary-search" in first.patterns


def test_a_new_problem_joins_the_first_week_that_picks_it() -> None:
    added = [_new("zz-new-window", "insert-positions", patterns=("sliding-window",)),
             _new("zz-new-graph", "insert-positions", patterns=("bfs",)),
             _new("zz-new-hard-graph", "insert-positions", patterns=("bfs",),
                  difficulty=Difficulty.hard),
             _new("zz-new-test", "welch-t-test"),
             _new("zz-new-query", "top-salaries-per-department")]
    plan = default_plan([*CATALOGUE.values(), *added])
    week_of = {slug: number for number, week in enumerate(plan.weeks, 1)
               for slug in week.problems}
    assert [week_of[m.slug] for m in added] == [1, 2, 5, 3, 4]
    assert len(plan.slugs()) == len(CATALOGUE) + len(added)


def test_a_catalogue_without_a_category_leaves_its_week_empty() -> None:
    plan = default_plan([m for m in CATALOGUE.values() if m.category != "sql"])
    assert [len(week.problems) > 0 for week in plan.weeks] == [True, True, True, False, True]


@pytest.mark.parametrize("pick, needle", [
    ({"category": "cooking"}, "no category 'cooking'"),
    ({"category": "ml", "patterns": ["knn", "origami"]}, "origami"),
    ({"category": "ml", "difficulties": ["brutal"]}, "brutal"),
    ({"category": "ml", "count": 3}, "count"),
])
def test_a_template_with_an_unknown_name_is_refused(pick, needle) -> None:
    with pytest.raises(ValueError, match=needle):
        PlanTemplate.model_validate({"name": "p", "weeks": [{"title": "w", "picks": [pick]}]})


def test_the_shipped_template_names_only_known_things() -> None:
    assert len(default_template().weeks) == 5  # validated on load


def test_the_next_problem_is_this_week_then_left_behind_then_ahead() -> None:
    plan = Plan(name="p", weeks=[{"title": "1", "problems": ["a", "b"]},
                                 {"title": "2", "problems": ["c", "d"]},
                                 {"title": "3", "problems": ["e"]}])
    assert next_problem(plan, set(), 1) == "a"
    assert next_problem(plan, set(), 2) == "c"
    assert next_problem(plan, {"c"}, 2) == "d"
    assert next_problem(plan, {"c", "d"}, 2) == "a"          # catch up
    assert next_problem(plan, {"a", "b", "c", "d"}, 2) == "e"  # then ahead
    assert next_problem(plan, {"a", "b", "c", "d", "e"}, 3) is None
    assert next_problem(plan, set(), 0) == "a"               # not started: week 1


def _solve(sessions, name: str, slug: str, verdict: str = "Accepted",
           mode: str = Mode.full) -> None:
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == name))
        session.add(Submission(user_id=user.id, problem_slug=slug, code="#", mode=mode,
                               status=Status.done, verdict=verdict))


def test_a_new_user_follows_the_built_in_plan_from_registration(client, store) -> None:
    ada = register_api(client, "ada")
    body = client.get("/api/plan/mine", headers=ada).json()
    plan = default_plan(CATALOGUE.values())
    assert (body["source"], body["group_id"], body["group"]) == ("built-in", None, None)
    assert body["name"] == plan.name and body["current_week"] == 1
    assert (body["done"], body["total"]) == (0, len(CATALOGUE))
    assert [w["title"] for w in body["weeks"]] == [w.title for w in plan.weeks]
    assert [p["slug"] for p in body["weeks"][0]["problems"]] == plan.weeks[0].problems
    first, second = plan.weeks[0].problems[:2]
    assert body["next"]["slug"] == first and not body["next"]["solved"]

    _solve(store, "ada", first, "Wrong Answer")
    _solve(store, "ada", second, "Accepted", mode=Mode.samples)  # practice only
    assert client.get("/api/plan/mine", headers=ada).json()["next"]["slug"] == first
    _solve(store, "ada", first)
    body = client.get("/api/plan/mine", headers=ada).json()
    assert body["done"] == 1 and body["weeks"][0]["done"] == 1
    assert body["next"]["slug"] == second
    assert body["weeks"][0]["problems"][0] == {**body["weeks"][0]["problems"][0],
                                               "slug": first, "solved": True}


def test_the_week_moves_with_the_clock_and_restarting_resets_it(client, store) -> None:
    ada = register_api(client, "ada")
    assert client.put("/api/plan/mine", headers=ada, json={"group_id": None}).status_code == 200
    with store.begin() as session:
        choice = session.scalar(select(PlanChoice))
        choice.started_at = utcnow() - timedelta(days=8)
    body = client.get("/api/plan/mine", headers=ada).json()
    assert body["current_week"] == 2
    assert body["next"]["slug"] == body["weeks"][1]["problems"][0]["slug"]
    body = client.put("/api/plan/mine", headers=ada, json={"group_id": None}).json()
    assert body["current_week"] == 1 and body["source"] == "built-in"


def test_following_a_group_plan_and_falling_back_after_leaving(client, store) -> None:
    ada, bob, dave = (register_api(client, name) for name in ("ada", "bob", "dave"))
    group = client.post("/api/groups", headers=ada, json={"name": "circle"}).json()
    client.post("/api/groups/join", headers=bob, json={"invite_code": group["invite_code"]})
    plan = {"name": "Two weeks", "weeks": [{"title": "search", "problems": ["insert-positions"]},
                                           {"title": "stats", "problems": ["welch-t-test"]}]}
    assert client.put(f"/api/groups/{group['id']}/plan", headers=ada, json=plan).status_code == 200

    body = client.put("/api/plan/mine", headers=bob, json={"group_id": group["id"]}).json()
    assert (body["source"], body["group_id"], body["group"]) == ("group", group["id"], "circle")
    assert body["name"] == "Two weeks" and body["total"] == 2
    assert body["next"]["slug"] == "insert-positions"
    _solve(store, "bob", "insert-positions")
    body = client.get("/api/plan/mine", headers=bob).json()
    assert body["done"] == 1 and body["next"]["slug"] == "welch-t-test"

    for who, group_id in ((dave, group["id"]), (bob, 999_999)):
        response = client.put("/api/plan/mine", headers=who, json={"group_id": group_id})
        assert response.status_code == 404, response.text
    assert client.get("/api/plan/mine", headers=dave).json()["source"] == "built-in"

    assert client.post(f"/api/groups/{group['id']}/leave", headers=bob).status_code == 204
    assert client.get("/api/plan/mine", headers=bob).json()["source"] == "built-in"


def test_a_deleted_group_leaves_its_followers_on_the_built_in_plan(client) -> None:
    ada = register_api(client, "ada")
    group = client.post("/api/groups", headers=ada, json={"name": "solo"}).json()
    client.put("/api/plan/mine", headers=ada, json={"group_id": group["id"]})
    assert client.post(f"/api/groups/{group['id']}/leave", headers=ada).status_code == 204
    assert client.get("/api/plan/mine", headers=ada).json()["source"] == "built-in"


@pytest.mark.parametrize("body", [{}, {"group_id": 0}, {"group_id": "one"},
                                  {"group_id": 2**31}, []])
def test_a_bad_choice_is_a_422(client, body) -> None:
    ada = register_api(client, "ada")
    response = client.put("/api/plan/mine", headers=ada, json=body)
    assert response.status_code == 422 and response.json()["detail"]


def test_the_plan_is_only_for_a_logged_in_user(client) -> None:
    assert client.get("/api/plan/mine").status_code == 401
    assert client.put("/api/plan/mine", json={"group_id": None}).status_code == 401
