"""Shared fixtures: the two sandbox backends and the insert-positions problem.

A backend that cannot run here is skipped with the reason it gives, except when the
environment sets JUDGE_REQUIRE_SANDBOXES=1 (CI does): then the test fails instead, so a
broken CI sandbox can never pass as "skipped".
"""

import os
from pathlib import Path

import pytest
from hypothesis import settings

from judge.problems import load_problem
from sandbox.base import Backend
from sandbox.docker_backend import DockerBackend
from sandbox.local import LocalBackend

# In CI, property tests are reproducible and never fail on a slow example (the machine is
# shared and noisy); locally they explore afresh each run.
settings.register_profile("ci", deadline=None, derandomize=True, database=None,
                          print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ROOT / "problems"


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
