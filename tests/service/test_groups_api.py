"""Study groups through the API: the authorization matrix (owner, member, outsider,
anonymous x every group endpoint), joining, leaving, ownership, plans."""

import pytest
from fastapi.testclient import TestClient

from api.app import create_app


@pytest.fixture
def client(settings):
    with TestClient(create_app(settings, workers=0)) as client:
        yield client


def _register(client, name: str) -> dict:
    response = client.post("/api/auth/register", json={"username": name,
                                                       "password": "correct horse"})
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


@pytest.fixture
def world(client) -> dict:
    """A group owned by ada, with members bob and carol; dave is an outsider."""
    people = {name: _register(client, name) for name in ("ada", "bob", "carol", "dave")}
    group = client.post("/api/groups", headers=people["ada"], json={"name": "Study circle"})
    assert group.status_code == 201, group.text
    body = group.json()
    for name in ("bob", "carol"):
        joined = client.post("/api/groups/join", headers=people[name],
                             json={"invite_code": body["invite_code"]})
        assert joined.status_code == 200, joined.text
    return {"id": body["id"], "code": body["invite_code"], **people}


PLAN = {"name": "Two weeks", "weeks": [{"title": "search", "problems": ["insert-positions"]},
                                      {"title": "stats", "problems": ["welch-t-test"]}]}
ROLES = {"owner": "ada", "member": "bob", "outsider": "dave", "anonymous": None}
# endpoint -> (method, path, json body, expected status for owner, member, outsider, anonymous)
ENDPOINTS = {
    "read": ("GET", "/api/groups/{id}", None, (200, 200, 404, 401)),
    "rotate invite": ("POST", "/api/groups/{id}/invite", None, (200, 403, 404, 401)),
    "leave": ("POST", "/api/groups/{id}/leave", None, (409, 204, 404, 401)),
    "remove member": ("DELETE", "/api/groups/{id}/members/carol", None, (204, 403, 404, 401)),
    "transfer": ("POST", "/api/groups/{id}/owner", {"username": "carol"},
                 (200, 403, 404, 401)),
    "leaderboard": ("GET", "/api/groups/{id}/leaderboard", None, (200, 200, 404, 401)),
    "leaderboard week": ("GET", "/api/groups/{id}/leaderboard?window=week", None,
                         (200, 200, 404, 401)),
    "read plan": ("GET", "/api/groups/{id}/plan", None, (200, 200, 404, 401)),
    "set plan": ("PUT", "/api/groups/{id}/plan", PLAN, (200, 403, 404, 401)),
    "reset plan": ("DELETE", "/api/groups/{id}/plan", None, (200, 403, 404, 401)),
}


@pytest.mark.parametrize("role", list(ROLES))
@pytest.mark.parametrize("endpoint", list(ENDPOINTS))
def test_authorization_matrix(client, world, endpoint: str, role: str) -> None:
    method, path, body, expected = ENDPOINTS[endpoint]
    want = expected[list(ROLES).index(role)]
    name = ROLES[role]
    headers = world[name] if name else {}
    response = client.request(method, path.format(id=world["id"]), headers=headers, json=body)
    assert response.status_code == want, (endpoint, role, response.text)
    if want >= 400:
        assert response.json()["detail"]
    if want == 404:  # exactly what a group that does not exist gives: no hint
        missing = client.request(method, path.format(id=world["id"] + 1000), headers=headers,
                                 json=body)
        assert missing.status_code == 404
        assert missing.json()["detail"] == response.json()["detail"].replace(
            str(world["id"]), str(world["id"] + 1000))


def test_anonymous_cannot_create_join_or_list(client, world) -> None:
    assert client.post("/api/groups", json={"name": "x"}).status_code == 401
    assert client.post("/api/groups/join", json={"invite_code": world["code"]}
                       ).status_code == 401
    assert client.get("/api/groups").status_code == 401


def test_lists_show_only_ones_own_groups(client, world) -> None:
    assert [g["name"] for g in client.get("/api/groups", headers=world["bob"]).json()] == [
        "Study circle"]
    mine = client.get("/api/groups", headers=world["ada"]).json()[0]
    assert mine["role"] == "owner" and mine["members"] == 3
    assert client.get("/api/groups", headers=world["dave"]).json() == []


def test_rotating_the_invite_retires_the_old_code(client, world) -> None:
    new = client.post(f"/api/groups/{world['id']}/invite", headers=world["ada"]).json()
    assert new["invite_code"] != world["code"]
    old = client.post("/api/groups/join", headers=world["dave"],
                      json={"invite_code": world["code"]})
    assert old.status_code == 404 and "invite code" in old.json()["detail"]
    joined = client.post("/api/groups/join", headers=world["dave"],
                         json={"invite_code": new["invite_code"]})
    assert joined.status_code == 200
    assert client.get(f"/api/groups/{world['id']}", headers=world["dave"]).status_code == 200


def test_joining_twice_is_harmless(client, world) -> None:
    again = client.post("/api/groups/join", headers=world["bob"],
                        json={"invite_code": world["code"]})
    assert again.status_code == 200 and len(again.json()["members"]) == 3


def test_a_removed_member_loses_sight_of_the_group(client, world) -> None:
    gid = world["id"]
    assert client.delete(f"/api/groups/{gid}/members/bob", headers=world["ada"]
                         ).status_code == 204
    assert client.get(f"/api/groups/{gid}", headers=world["bob"]).status_code == 404
    assert client.get(f"/api/groups/{gid}/leaderboard", headers=world["bob"]).status_code == 404
    unknown = client.delete(f"/api/groups/{gid}/members/dave", headers=world["ada"])
    assert unknown.status_code == 404 and "not a member" in unknown.json()["detail"]
    itself = client.delete(f"/api/groups/{gid}/members/ada", headers=world["ada"])
    assert itself.status_code == 409


def test_transfer_then_the_old_owner_can_leave(client, world) -> None:
    gid = world["id"]
    body = client.post(f"/api/groups/{gid}/owner", headers=world["ada"],
                       json={"username": "bob"}).json()
    assert body["owner"] == "bob"
    assert client.post(f"/api/groups/{gid}/invite", headers=world["ada"]).status_code == 403
    assert client.post(f"/api/groups/{gid}/leave", headers=world["ada"]).status_code == 204
    assert client.get(f"/api/groups/{gid}", headers=world["ada"]).status_code == 404
    outsider = client.post(f"/api/groups/{gid}/owner", headers=world["bob"],
                           json={"username": "dave"})
    assert outsider.status_code == 404 and "not a member" in outsider.json()["detail"]


def test_the_last_member_leaving_deletes_the_group(client) -> None:
    ada = _register(client, "ada")
    gid = client.post("/api/groups", headers=ada, json={"name": "Solo"}).json()["id"]
    assert client.post(f"/api/groups/{gid}/leave", headers=ada).status_code == 204
    assert client.get("/api/groups", headers=ada).json() == []


@pytest.mark.parametrize("name", ["", "   ", "x" * 65])
def test_bad_group_names(client, name: str) -> None:
    ada = _register(client, "ada")
    response = client.post("/api/groups", headers=ada, json={"name": name})
    assert response.status_code == 422 and "1-64 characters" in response.json()["detail"]


def test_plans_default_custom_and_invalid(client, world) -> None:
    gid = world["id"]
    default = client.get(f"/api/groups/{gid}/plan", headers=world["bob"]).json()
    assert default["default"] and len(default["weeks"]) == 5 and default["current_week"] == 1
    assert default["done"] == 0 and default["total"] == sum(w["total"]
                                                            for w in default["weeks"])
    custom = client.put(f"/api/groups/{gid}/plan", headers=world["ada"], json=PLAN).json()
    assert not custom["default"] and [w["title"] for w in custom["weeks"]] == ["search",
                                                                             "stats"]
    for bad, needle in [
        ({"name": "x", "weeks": [{"title": "a", "problems": ["no-such-problem"]}]},
         "no-such-problem"),
        ({"name": "x", "weeks": []}, "weeks"),
        ({"name": "x", "weeks": [{"title": "a", "problems": ["insert-positions"]},
                                 {"title": "b", "problems": ["insert-positions"]}]},
         "appears twice"),
        ({"weeks": [{"title": "a", "problems": ["insert-positions"]}]}, "name"),
    ]:
        response = client.put(f"/api/groups/{gid}/plan", headers=world["ada"], json=bad)
        assert response.status_code == 422 and needle in response.json()["detail"], bad
    reset = client.delete(f"/api/groups/{gid}/plan", headers=world["ada"]).json()
    assert reset["default"]


def test_leaderboard_window_arguments_are_checked(client, world) -> None:
    gid = world["id"]
    bad = client.get(f"/api/groups/{gid}/leaderboard?start=2026-13-01", headers=world["ada"])
    assert bad.status_code == 422 and "start" in bad.json()["detail"]
    backwards = client.get(f"/api/groups/{gid}/leaderboard?start=2026-05-02&end=2026-05-01",
                           headers=world["ada"])
    assert backwards.status_code == 422 and "before it starts" in backwards.json()["detail"]
    window = client.get(f"/api/groups/{gid}/leaderboard?window=month", headers=world["ada"])
    assert window.status_code == 422
    board = client.get(f"/api/groups/{gid}/leaderboard", headers=world["ada"]).json()
    assert [r["username"] for r in board["rows"]] == ["ada", "bob", "carol"]
    assert all(r["rank"] == 1 and r["points"] == 0 for r in board["rows"])


def test_an_invite_code_never_starts_with_a_dash(monkeypatch) -> None:
    """A code is typed on command lines, where a leading '-' reads as an option."""
    from judge.service import groups

    drawn = iter(["-0XPoxyxRETt2rM-", "QXPoxyxRETt2rM-"])
    monkeypatch.setattr(groups.secrets, "token_urlsafe", lambda size: next(drawn))
    assert groups._invite_code() == "QXPoxyxRETt2rM-"
