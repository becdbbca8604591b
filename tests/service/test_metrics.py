"""Operations: Prometheus metrics at /metrics (the queue read from the database, the rest
counted by the process), its optional token, JSON log lines carrying the submission id, and
administrators rejudging through the API."""

import io
import json
import logging

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from api.app import create_app
from judge.service import admin, logs
from judge.settings import Settings
from sandbox.fake import FakeBackend

from .conftest import ROOT, make_app, stored
from .test_api import _register, _submit, _wait


def _scrape(client, headers: dict | None = None) -> dict[tuple, float]:
    """{(sample name, labels as sorted pairs): value} of what /metrics serves."""
    response = client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.text)
            for s in family.samples}


def _stage_count(sample: dict, stage: str) -> float:
    return sample.get(("judge_submission_stage_seconds_count", (("stage", stage),)), 0.0)


ACCEPTED = ("judge_verdicts_total", (("mode", "full"), ("verdict", "Accepted")))
STAGES = ("queued", "sandbox", "grading", "storing")


def test_metrics_follow_a_submission_from_the_queue_to_its_verdict(settings) -> None:
    # first no workers: the submission waits, and the queue's depth is read from the database
    idle = make_app(settings, workers=0)
    client = TestClient(next(idle))
    auth = _register(client)
    submission_id = _submit(client, auth)
    before = _scrape(client)
    assert before[("judge_queue_depth", ())] == 1
    assert before[("judge_submissions_in_flight", ())] == 0
    idle.close()

    # then a worker on the same database grades it: counted by this process
    grading = make_app(settings, workers=1)
    client = TestClient(next(grading))
    assert _wait(client, auth, submission_id)["verdict"] == "Accepted"
    after = _scrape(client)
    grading.close()
    assert after[("judge_queue_depth", ())] == 0
    assert after[ACCEPTED] == before.get(ACCEPTED, 0) + 1
    for stage in STAGES:
        assert _stage_count(after, stage) == _stage_count(before, stage) + 1, stage
    opens = ("judge_sandbox_opens_total", ())
    assert after[opens] >= before.get(opens, 0) + 1


@pytest.fixture
def sqlite_settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", problems_dir=ROOT / "problems",
                    database_url=f"sqlite:///{tmp_path / 'data' / 'judge.db'}",
                    metrics_token="s3cret-token")


def test_a_metrics_token_is_required_when_set_and_metrics_are_not_in_the_schema(
        sqlite_settings) -> None:
    with TestClient(create_app(sqlite_settings, workers=0)) as client:
        for headers in (None, {"Authorization": "Bearer wrong"},
                        {"Authorization": "Basic s3cret-token"}):
            refused = client.get("/metrics", headers=headers)
            assert refused.status_code == 401, headers
            assert "JUDGE_METRICS_TOKEN" in refused.json()["detail"]
            assert refused.headers["www-authenticate"] == "Bearer"
        sample = _scrape(client, {"Authorization": "Bearer s3cret-token"})
        assert sample[("judge_queue_depth", ())] == 0
        assert "/metrics" not in client.get("/openapi.json").json()["paths"]


def test_a_custom_run_that_faults_in_the_judge_is_one_attempt_and_counted(
        settings, monkeypatch) -> None:
    """The grader failing on a run's input (it once could not write a long integer): the
    run's Internal Error is stored after one attempt, and /metrics counts it."""
    from judge.service import worker

    def faulty(*args, **kwargs):
        raise ValueError("Exceeds the limit (4300 digits) for integer string conversion")

    monkeypatch.setattr(worker, "run_custom", faulty)
    app = make_app(settings, workers=1)
    client = TestClient(next(app))
    try:
        internal = ("judge_verdicts_total", (("mode", "custom"), ("verdict", "Internal Error")))
        before = _scrape(client).get(internal, 0)
        auth = _register(client)
        submission_id = _submit(client, auth, mode="custom",
                                input="nums = [1]\nqueries = [1]\n")
        body = _wait(client, auth, submission_id)
        assert (body["verdict"], body["attempts"]) == ("Internal Error", 1)
        assert body["result"]["message"] == ("the judge failed while grading (ValueError); "
                                             "the details are in its log")
        assert _scrape(client)[internal] == before + 1
    finally:
        app.close()


def _greets_badly(message: dict) -> dict:
    return {"ok": False, "error": {"type": "OSError", "message": "no harness here"}}


def test_json_log_lines_carry_the_grade_s_submission_id(sqlite_settings) -> None:
    """A sandbox that never greets: the grader logs it (in the worker's thread) as one JSON
    line with the submission's id, and the failure is counted as a broken sandbox."""
    out = io.StringIO()
    app = create_app(sqlite_settings.model_copy(update={"log_format": "json"}),
                     backend_factory=lambda: FakeBackend(_greets_badly), workers=1)
    logs.install("json", stream=out)  # in place of create_app's own, to read its lines
    try:
        with TestClient(app) as client:
            token = {"Authorization": "Bearer s3cret-token"}
            broken = ("judge_sandbox_failures_total", (("kind", "broken"),))
            before = _scrape(client, token).get(broken, 0)
            auth = _register(client)
            submission_id = _submit(client, auth)
            assert _wait(client, auth, submission_id)["verdict"] == "Internal Error"
            assert _scrape(client, token)[broken] == before + 1
    finally:
        logs.install("text")
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    grader = [line for line in lines if line["logger"] == "judge.grading.run.grader"]
    assert grader, lines
    assert grader[0]["submission_id"] == submission_id and grader[0]["level"] == "ERROR"
    assert grader[0]["worker"].count(":") == 3 and "did not greet" in grader[0]["exception"]
    assert {"time", "message"} <= set(grader[0])
    started = [line for line in lines if "worker(s) started" in line["message"]]
    assert started and "submission_id" not in started[0]  # outside a grade, none


def test_text_stays_the_default_format() -> None:
    out = io.StringIO()
    logger = logging.getLogger("judge.test_metrics")
    logs.install(stream=out, logger=logger)
    with logs.grading(7, "w"):
        logger.info("hello")
    assert out.getvalue() == "INFO:     [judge.test_metrics] hello\n"


def test_an_administrator_rejudges_through_the_api(settings, sessions, judge_log) -> None:
    app = make_app(settings, workers=1)
    client = TestClient(next(app))
    try:
        ada, bob = _register(client, "ada"), _register(client, "bob")
        submission_id = _submit(client, ada)
        first = _wait(client, ada, submission_id)
        body = {"ids": [submission_id, 999999]}
        refused = client.post("/api/admin/rejudge", headers=bob, json=body)
        assert refused.status_code == 403 and "administrator" in refused.json()["detail"]
        assert client.get("/api/auth/me", headers=bob).json()["is_admin"] is False

        with sessions.begin() as session:
            assert admin.set_admin(session, "BOB", True)
            assert not admin.set_admin(session, "nobody", True)
        assert client.get("/api/auth/me", headers=bob).json()["is_admin"] is True
        empty = client.post("/api/admin/rejudge", headers=bob, json={})
        assert empty.status_code == 422 and "name submission ids" in empty.json()["detail"]
        answer = client.post("/api/admin/rejudge", headers=bob, json=body)
        assert answer.status_code == 202, answer.text
        assert answer.json() == {"queued": [submission_id], "skipped": [999999]}
        again = _wait(client, ada, submission_id)
        assert again["verdict"] == "Accepted" and again["finished_at"] > first["finished_at"]
        by_problem = client.post("/api/admin/rejudge", headers=bob,
                                 json={"problem": "insert-positions"})
        assert by_problem.json()["queued"] == [submission_id]
        assert stored(sessions, submission_id).status in ("queued", "running")
        _wait(client, ada, submission_id)

        # a problem the judge does not have: 404, nothing queued, the ids named with it
        # included
        unknown = client.post("/api/admin/rejudge", headers=bob,
                              json={"ids": [submission_id], "problem": "no-such-problem"})
        assert unknown.status_code == 404, unknown.text
        assert unknown.json()["detail"] == ("no problem named 'no-such-problem': nothing was "
                                            "queued")
        assert stored(sessions, submission_id).status == "done"
    finally:
        app.close()
    # who rejudged what, and how many were queued, at INFO
    audit = [(r.levelname, r.getMessage()) for r in judge_log.records
             if r.name == "judge.service.admin"]
    assert audit == [
        ("INFO", f"rejudge by bob (ids {submission_id}, 999999): 1 queued, 1 skipped (not "
                 "finished or unknown)"),
        ("INFO", "rejudge by bob (problem insert-positions): 1 queued, 0 skipped (not "
                 "finished or unknown)")]
