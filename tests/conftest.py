"""Shared fixtures: the two sandbox backends, a fresh PostgreSQL database, and the
insert-positions problem.

A backend that cannot run here is skipped with the reason it gives, except when the
environment sets JUDGE_REQUIRE_SANDBOXES=1 (CI does): then the test fails instead, so a
broken CI sandbox can never pass as "skipped". PostgreSQL comes from JUDGE_TEST_POSTGRES_URL
(scripts/test starts one as root and sets it), a fresh database per test; without it those
tests skip, unless JUDGE_REQUIRE_POSTGRES=1 (CI) makes them fail.
"""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from judge.grading.problems import load_problem
from sandbox.base import Backend
from sandbox.docker import DockerBackend
from sandbox.local import LocalBackend
from testkit.databases import fresh_database

# In CI, property tests are reproducible and never fail on a slow example (the machine is
# shared and noisy); locally they explore afresh each run.
settings.register_profile("ci", deadline=None, derandomize=True, database=None,
                          print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ROOT / "problems"


# What a test needs, from the fixtures it asks for: the markers `scripts/test --quick`
# deselects (a fixture asked for by name at run time is marked by hand).
_NEEDS = {"docker_backend": "docker", "local_backend": "bwrap", "postgres_url": "postgres",
          "chromium": "browser"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        for fixture, marker in _NEEDS.items():
            if fixture in names:
                item.add_marker(marker)
        params = getattr(getattr(item, "callspec", None), "params", {})
        if any(isinstance(value, str) and value == "postgresql" for value in params.values()):
            item.add_marker("postgres")


def _require_sandboxes() -> bool:
    return os.environ.get("JUDGE_REQUIRE_SANDBOXES") == "1"


def _available(backend: Backend) -> Backend:
    reason = backend.unavailable_reason()
    if reason is not None:
        message = f"the {backend.name} sandbox is unavailable: {reason}"
        if _require_sandboxes():
            pytest.fail(message + " (JUDGE_REQUIRE_SANDBOXES=1)", pytrace=False)
        pytest.skip(message)
    return backend


@pytest.fixture(scope="session")
def docker_backend() -> DockerBackend:
    # None means the default tag, runtime_image_tag(): what CI builds.
    return _available(DockerBackend(image=os.environ.get("JUDGE_DOCKER_IMAGE") or None))


@pytest.fixture(scope="session")
def local_backend() -> LocalBackend:
    return _available(LocalBackend())


@pytest.fixture(scope="session")
def problem():
    return load_problem(PROBLEMS / "insert-positions")


def _postgres_admin_url() -> str:
    url = os.environ.get("JUDGE_TEST_POSTGRES_URL")
    if not url:
        message = "no PostgreSQL for the tests (set JUDGE_TEST_POSTGRES_URL)"
        if os.environ.get("JUDGE_REQUIRE_POSTGRES") == "1":
            pytest.fail(message + " (JUDGE_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(message)
    return url


@pytest.fixture
def postgres_url() -> Iterator[str]:
    with fresh_database(_postgres_admin_url(), "judge_test_") as url:
        yield url
