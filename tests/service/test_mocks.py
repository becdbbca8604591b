"""Mock interviews: drawing unsolved problems for a round, the clock, one problem at a time,
no hints while it runs, the report, and sharing it with one's groups (through the API, on
SQLite and PostgreSQL)."""

import random
from datetime import timedelta

import pytest
from sqlalchemy import select

from judge.errors import Conflict
from judge.grading.problems import ProblemRepository
from judge.service import mock
from judge.service.progress import Mark
from judge.service.store.models import MockInterview, Mode, Status, Submission, User, utcnow

from .conftest import ROOT, register_api

CATALOGUE = ProblemRepository(ROOT / "problems").catalogue()
BY_SLUG = {meta.slug: meta for meta in CATALOGUE}


@pytest.mark.parametrize("round_name", list(mock.ROUNDS))
def test_a_round_draws_one_unsolved_problem_a_slot(round_name) -> None:
    slots = mock.ROUNDS[round_name].slots
    solved = {m.slug: Mark.solved for m in CATALOGUE if m.category == slots[0].categories[0]
              and m.difficulty.value == "easy"}
    for seed in range(20):
        drawn = mock.draw(round_name, CATALOGUE, solved, random.Random(seed))
        assert len(drawn) == len(slots) == len(set(drawn))
        for slug, slot in zip(drawn, slots, strict=True):
            meta = BY_SLUG[slug]
            assert meta.category in slot.categories and meta.difficulty.value in slot.difficulties
            assert slug not in solved


def test_untried_problems_come_before_attempted_ones_then_other_difficulties() -> None:
    algorithms = [m for m in CATALOGUE if m.category == "algorithms"]
    easy_medium = [m.slug for m in algorithms if m.difficulty.value in ("easy", "medium")]
    marks = {slug: Mark.attempted for slug in easy_medium[1:]}
    assert all(mock.draw("algorithms", CATALOGUE, marks, random.Random(seed))[0]
               == easy_medium[0] for seed in range(10))
    marks = {slug: Mark.solved for slug in easy_medium}
    first = mock.draw("algorithms", CATALOGUE, marks, random.Random(1))[0]
    assert BY_SLUG[first].difficulty.value == "hard"  # the slot's own level is all solved


def test_a_category_solved_entirely_is_refused_with_a_reason() -> None:
    marks = {m.slug: Mark.solved for m in CATALOGUE if m.category == "sql"}
    with pytest.raises(Conflict, match="every sql problem"):
        mock.draw("data", CATALOGUE, marks, random.Random(0))


def _run(sessions, name: str, slug: str, verdict: str, minutes_ago: float = 0,
         result: dict | None = None) -> int:
    with sessions.begin() as session:
        user = session.scalar(select(User).where(User.username == name))
        row = Submission(user_id=user.id, problem_slug=slug, code="#", mode=Mode.full,
                         created_at=utcnow() - timedelta(minutes=minutes_ago),
                         status=Status.done, verdict=verdict, result=result)
        session.add(row)
        session.flush()
        return row.id


def test_an_interview_from_start_to_report(client, store) -> None:
    ada = register_api(client, "ada")
    _run(store, "ada", "insert-positions", "Accepted", 60)  # solved before: never drawn
    started = client.post("/api/mocks", headers=ada, json={"round": "algorithms"})
    assert started.status_code == 201, started.text
    body = started.json()
    assert (body["running"], body["position"], body["count"], body["minutes"]) == (
        True, 1, 2, 45)
    assert 2690 <= body["seconds_left"] <= 2700 and body["round_title"] == "Algorithms"
    first = body["current"]
    assert first != "insert-positions" and [p["slug"] for p in body["problems"]] == [first]
    assert body["patterns_missed"] == []  # nothing is told before the end
    again = client.post("/api/mocks", headers=ada, json={"round": "ml"})
    assert again.status_code == 409 and "already running" in again.json()["detail"]

    _run(store, "ada", first, "Wrong Answer")
    _run(store, "ada", first, "Accepted")
    body = client.post("/api/mocks/current/next", headers=ada).json()
    second = body["current"]
    assert body["position"] == 2 and second != first
    last = client.post("/api/mocks/current/next", headers=ada)
    assert last.status_code == 409 and "last problem" in last.json()["detail"]
    _run(store, "ada", second, "Time Limit Exceeded")
    _run(store, "ada", "lru-cache", "Accepted")  # not in the interview: not counted

    report = client.post("/api/mocks/current/finish", headers=ada).json()
    assert (report["running"], report["current"], report["solved"]) == (False, None, 1)
    by_slug = {p["slug"]: p for p in report["problems"]}
    assert list(by_slug) == [first, second]
    assert by_slug[first]["attempts"] == 2 and by_slug[first]["solved_after_seconds"] >= 0
    assert by_slug[second]["attempts"] == 1 and by_slug[second]["solved_after_seconds"] is None
    assert report["patterns_missed"] == sorted(BY_SLUG[second].patterns)
    assert client.get("/api/mocks/current", headers=ada).status_code == 404
    history = client.get("/api/mocks", headers=ada).json()
    assert [(h["id"], h["solved"], h["count"], h["running"]) for h in history] == [
        (report["id"], 1, 2, False)]


def test_time_running_out_ends_it_at_its_end(client, store) -> None:
    ada = register_api(client, "ada")
    body = client.post("/api/mocks", headers=ada, json={"round": "data", "minutes": 10}).json()
    with store.begin() as session:
        row = session.get(MockInterview, body["id"])
        row.started_at -= timedelta(minutes=11)
        row.ends_at -= timedelta(minutes=11)
        row.shown = [(utcnow() - timedelta(minutes=11)).isoformat()]
    assert client.get("/api/mocks/current", headers=ada).status_code == 404
    over = client.get(f"/api/mocks/{body['id']}", headers=ada).json()
    assert over["running"] is False and over["finished_at"] == over["ends_at"]
    assert [p["shown_at"] is None for p in over["problems"]] == [False, True]  # never reached
    assert over["patterns_missed"]
    assert client.post("/api/mocks", headers=ada, json={"round": "data"}).status_code == 201


def test_no_hints_while_it_runs(client, store) -> None:
    ada = register_api(client, "ada")
    body = client.post("/api/mocks", headers=ada, json={"round": "statistics"}).json()
    result = {"verdict": "Wrong Answer", "next_step": "Check the edge cases", "tests": []}
    during = _run(store, "ada", body["current"], "Wrong Answer", result=result)
    elsewhere = _run(store, "ada", "lru-cache", "Wrong Answer", result=result)
    read = client.get(f"/api/submissions/{during}", headers=ada).json()
    assert read["result"]["next_step"] == ""
    assert client.get(f"/api/submissions/{elsewhere}",
                      headers=ada).json()["result"]["next_step"] == "Check the edge cases"
    client.post("/api/mocks/current/finish", headers=ada)
    assert client.get(f"/api/submissions/{during}",
                      headers=ada).json()["result"]["next_step"] == "Check the edge cases"


def test_reports_are_shared_only_when_chosen_and_only_with_fellow_members(client) -> None:
    ada, bob, dave = (register_api(client, name) for name in ("ada", "bob", "dave"))
    group = client.post("/api/groups", headers=ada, json={"name": "circle"}).json()
    client.post("/api/groups/join", headers=bob, json={"invite_code": group["invite_code"]})
    mock_id = client.post("/api/mocks", headers=ada, json={"round": "mixed"}).json()["id"]
    shared = client.put(f"/api/mocks/{mock_id}/sharing", headers=ada, json={"shared": True})
    assert shared.status_code == 200 and shared.json()["shared"] is True
    assert client.get(f"/api/mocks/{mock_id}", headers=bob).status_code == 404  # still running
    client.post("/api/mocks/current/finish", headers=ada)
    seen = client.get(f"/api/mocks/{mock_id}", headers=bob)
    assert seen.status_code == 200 and seen.json()["user"] == "ada"
    listed = client.get(f"/api/groups/{group['id']}/mocks", headers=bob).json()
    assert [(m["id"], m["user"]) for m in listed] == [(mock_id, "ada")]
    assert client.get(f"/api/mocks/{mock_id}", headers=dave).status_code == 404
    assert client.get(f"/api/groups/{group['id']}/mocks", headers=dave).status_code == 404
    assert client.put(f"/api/mocks/{mock_id}/sharing", headers=bob,
                      json={"shared": False}).status_code == 404  # not bob's to change
    client.put(f"/api/mocks/{mock_id}/sharing", headers=ada, json={"shared": False})
    assert client.get(f"/api/mocks/{mock_id}", headers=bob).status_code == 404
    assert client.get(f"/api/groups/{group['id']}/mocks", headers=bob).json() == []


@pytest.mark.parametrize("body", [{"round": "cooking"}, {}, {"round": "ml", "minutes": 5},
                                  {"round": "ml", "minutes": 181}, {"round": "ml",
                                                                    "minutes": "long"}])
def test_a_bad_start_is_a_422(client, body) -> None:
    ada = register_api(client, "ada")
    response = client.post("/api/mocks", headers=ada, json=body)
    assert response.status_code == 422 and response.json()["detail"]


def test_mocks_need_a_login_and_nothing_runs_at_first(client) -> None:
    assert client.post("/api/mocks", json={"round": "ml"}).status_code == 401
    assert client.get("/api/mocks").status_code == 401
    ada = register_api(client, "ada")
    for method, path in (("get", "/api/mocks/current"), ("post", "/api/mocks/current/next"),
                         ("post", "/api/mocks/current/finish"), ("get", "/api/mocks/1")):
        response = getattr(client, method)(path, headers=ada)
        assert response.status_code == 404, path
    assert client.get("/api/mocks", headers=ada).json() == []
