"""The OpenAPI schema tells the truth.

schemathesis sends generated requests, valid and invalid, to the app in-process (SQLite,
nothing graded) and checks every answer against the schema: no server error (503 only as
documented), and the status, content type, body and headers as documented. Bounded: a few
examples per operation and kind, derandomized, no shrinking (a few hundred requests, seconds);
a mismatch is collected, not raised, so one run lists them all. Beside it: the rules a new
route must follow, and the schema's limits checked against the service's own."""

import time

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.core.failures import FailureGroup
from schemathesis.python import asgi
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from api.app import create_app
from judge.service import accounts, plans
from judge.settings import Settings
from sandbox.fake import FakeBackend

from .conftest import GOOD, ROOT

CHECKS = [schemathesis.checks.not_a_server_error, status_code_conformance,
          content_type_conformance, response_schema_conformance,
          response_headers_conformance]
CONFIG = schemathesis.Config.from_dict({"checks": {"not_a_server_error": {
    "expected-statuses": ["2xx", "3xx", "4xx", "503"]}}})
"""503 is an answer by design (the queue is full: come back after `Retry-After`); any other
5xx is a server error."""
EXAMPLES = 5
"""Per operation and kind of request (valid, invalid, valid aimed at real records)."""
PASSWORD = "correct horse"
REVOKING = {"POST /api/auth/logout", "DELETE /api/auth/tokens/{token_id}"}
"""Operations that may revoke the token they are sent with: each call gets a fresh one."""


@pytest.fixture
def app(tmp_path):
    url = f"sqlite:///{tmp_path / 'data' / 'judge.db'}"
    # small limits, so that submitting meets 429 and 503 (with Retry-After) as well as 202
    config = Settings(data_dir=tmp_path / "data", database_url=url,
                      problems_dir=ROOT / "problems", stream_timeout_seconds=0.2,
                      submissions_per_minute=2, queue_cap=3)
    # workers=0: nothing is graded, so no generated code runs anywhere; the fake backend
    # only makes /api/health answer 200
    app = create_app(config, backend_factory=lambda: FakeBackend(lambda message: None),
                     workers=0)
    yield app
    asgi.shutdown_lifespans()  # started by schemathesis's client on its first request


class World:
    """Users, and the records that requests are aimed at: ada's group, which bob has joined
    (so owner-only actions answer him 403), and two submissions of ada's (her minute's
    quota: she gets 429, bob 202 and then 503, the queue full). eve's fresh tokens are for
    the operations that revoke the token they are sent with."""

    def __init__(self, app) -> None:
        self.client = asgi.get_client(app).__enter__()  # starts the app's lifespan
        self.tokens = {name: self._register(name) for name in ("ada", "bob", "eve")}
        ada, bob = self.headers("ada"), self.headers("bob")
        group = self._ok(self.client.post("/api/groups", json={"name": "circle"}, headers=ada))
        self._ok(self.client.post("/api/groups/join", headers=bob,
                                  json={"invite_code": group["invite_code"]}))
        for _ in range(2):
            submission = self._ok(self.client.post("/api/submissions", headers=ada, json={
                "problem": "insert-positions", "code": GOOD}))
        self.real = {"group_id": group["id"], "submission_id": submission["id"],
                     "slug": "insert-positions", "problem": "insert-positions",
                     "username": "bob"}

    def _ok(self, response) -> dict:
        assert response.status_code < 300, response.text
        return response.json()

    def _register(self, name: str) -> str:
        return self._ok(self.client.post("/api/auth/register", json={
            "username": name, "password": PASSWORD}))["token"]

    def headers(self, who: str, label: str = "") -> dict[str, str] | None:
        if who == "nobody":
            return None  # whatever schemathesis generated: 401
        if label in REVOKING:
            return {"Authorization": "Bearer " + self._ok(self.client.post(
                "/api/auth/login", json={"username": "eve", "password": PASSWORD}))["token"]}
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def aim(self, case) -> None:
        """Point the case's path parameters and body fields at real records."""
        for key, value in self.real.items():
            if case.path_parameters and key in case.path_parameters:
                case.path_parameters[key] = value
            if isinstance(case.body, dict) and key in case.body:
                case.body[key] = value


def _kinds(operation) -> list[tuple[GenerationMode, bool]]:
    """Valid requests; invalid ones where there is an input to spoil (the token is always
    replaced); valid ones aimed at real records where there is an id or a name to aim."""
    headers = [p for p in operation.headers if p.name != "Authorization"]
    has_input = bool(operation.path_parameters or operation.query or operation.body or headers)
    aimable = bool(operation.path_parameters or operation.body) and not operation.path.startswith(
        "/api/auth/")  # aiming at ada and bob's names there would lock them out
    return ([(GenerationMode.POSITIVE, False)] + [(GenerationMode.NEGATIVE, False)] * has_input
            + [(GenerationMode.POSITIVE, True)] * aimable)


def test_the_api_answers_as_its_schema_says(app) -> None:
    schema = schemathesis.openapi.from_asgi("/openapi.json", app, config=CONFIG)
    world = World(app)
    failures: list[str] = []
    sent = 0
    started = time.monotonic()

    def run(operation, mode: GenerationMode, aim: bool) -> None:
        @settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                  phases=[Phase.explicit, Phase.generate],
                  suppress_health_check=list(HealthCheck))
        # who sends it: mostly a user with a real token, so requests get past 401 (this order
        # makes the aimed submissions meet 202, 429 and 503)
        @given(case=operation.as_strategy(generation_mode=mode),
               who=st.sampled_from(["bob", "ada", "nobody", "ada", "bob"]))
        def send(case, who: str) -> None:
            nonlocal sent
            if aim:
                world.aim(case)
            headers = world.headers(who, operation.label)
            sent += 1
            try:
                case.call_and_validate(headers=headers, checks=CHECKS)
            except (FailureGroup, AssertionError) as exc:
                failures.append(f"{operation.label} as {who}: {exc}")

        try:
            send()
        except Unsatisfiable:  # nothing in it can be made invalid (a free-form string)
            assert mode == GenerationMode.NEGATIVE, operation.label

    operations = [result.ok() for result in schema.get_all_operations()]
    for operation in operations:
        for mode, aim in _kinds(operation):
            run(operation, mode, aim)

    elapsed = time.monotonic() - started
    print(f"schemathesis: {len(operations)} operations, {sent} requests in {elapsed:.1f} s, "
          f"{len(failures)} mismatches")
    assert not failures, "\n\n".join(failures)
    assert 200 <= sent <= 600, sent  # bounded by EXAMPLES, and not stopped early


def _api_operations(app) -> dict[str, dict]:
    # from the schema FastAPI generates: app.routes holds included routers, not their routes
    return {f"{method.upper()} {path}": operation
            for path, operations in app.openapi()["paths"].items() if path.startswith("/api/")
            for method, operation in operations.items()}


def test_every_route_declares_its_errors(tmp_path) -> None:
    """A new route cannot forget: input means 422, a body 413 as well; a token means 401,
    and 503 (the token is looked up in the database); every error has the one body; 429
    and 503 say when to come back."""
    app = create_app(Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path}/j.db"))
    operations, components = _api_operations(app), app.openapi()["components"]["schemas"]
    assert len(operations) >= 25 and "POST /api/submissions" in operations
    for label, operation in operations.items():
        responses = operation["responses"]
        needs = set()
        if operation.get("parameters") or "requestBody" in operation:
            needs.add("422")
        if "requestBody" in operation:
            needs.add("413")
        if operation.get("security"):
            needs |= {"401", "503"}
        assert needs <= set(responses), f"{label} does not declare {needs - set(responses)}"
        for code, response in responses.items():
            if code < "400" or label == "GET /api/health":
                continue
            body = response["content"]["application/json"]["schema"]
            if "$ref" in body:
                body = components[body["$ref"].rsplit("/", 1)[-1]]
            assert body["properties"]["detail"]["type"] == "string", (label, code)
            if code in ("429", "503"):
                assert response["headers"]["Retry-After"]["required"], (label, code)
    assert "HTTPValidationError" not in components


def test_the_schema_states_the_limits_the_service_holds_to(tmp_path) -> None:
    settings_ = Settings(data_dir=tmp_path, database_url=f"sqlite:///{tmp_path}/j.db",
                         max_code_bytes=1000, submissions_per_minute=7, runs_per_minute=9,
                         queue_cap=33)
    schema = create_app(settings_).openapi()
    schemas = schema["components"]["schemas"]
    submitting = schema["paths"]["/api/submissions"]["post"]["responses"]
    assert ("7 submissions (mode `full`, `JUDGE_SUBMISSIONS_PER_MINUTE`), and apart from them "
            "9 runs (modes `samples` and `custom`, `JUDGE_RUNS_PER_MINUTE`)"
            in submitting["429"]["description"])
    assert "33 submissions are waiting" in submitting["503"]["description"]
    account = schemas["AccountCreate"]["properties"]
    shortest, longest = account["username"]["minLength"], account["username"]["maxLength"]
    assert accounts.check_username("a" * shortest) and accounts.check_username("a" * longest)
    for name in ("a" * (shortest - 1), "a" * (longest + 1)):
        with pytest.raises(accounts.AccountError):
            accounts.check_username(name)
    password = account["password"]
    assert (password["minLength"], password["maxLength"]) == (accounts.MIN_PASSWORD,
                                                              accounts.MAX_PASSWORD)
    assert schemas["SubmissionCreate"]["properties"]["code"]["maxLength"] == 1000

    def limits(schema: dict, field: str) -> dict:
        return {key: value for key, value in schema["properties"][field].items()
                if key.startswith(("min", "max"))}

    plan, week = plans.Plan.model_json_schema(), plans.Week.model_json_schema()
    for mine, theirs, fields in ((schemas["PlanCreate"], plan, ("name", "weeks")),
                                 (schemas["WeekCreate"], week, ("title", "problems"))):
        for field in fields:
            assert limits(mine, field) == limits(theirs, field), field
