"""The warm pool on the docker backend: a sandbox started ahead of time under ceiling limits
holds the problem's own limits once claimed (memory, CPU time, file size), serves one
submission and is gone after it."""

import json
import time
from pathlib import Path

import pytest

from judge.grading.problems import load_problem
from judge.grading.results.verdicts import Verdict
from judge.grading.run.grader import Grader
from sandbox.docker import flush_removals
from sandbox.errors import SandboxClosed
from sandbox.limits import Limits, MiB
from sandbox.pool import WarmPool

from ._sandboxes import sandbox_containers

PROBLEMS = Path(__file__).resolve().parents[2] / "problems"

pytestmark = [pytest.mark.docker, pytest.mark.timeout(180)]

LIMITS_PROBE = """
import json, resource
def f():
    return json.dumps({"cpu": resource.getrlimit(resource.RLIMIT_CPU),
                       "fsize": resource.getrlimit(resource.RLIMIT_FSIZE),
                       "used": sum(resource.getrusage(resource.RUSAGE_SELF)[:2])})
"""

ALLOCATE = "def f(n):\n    block = bytearray(n)\n    return len(block)\n"


@pytest.fixture
def pool(docker_backend):
    pool = WarmPool(docker_backend, size=1, idle_seconds=120)
    yield pool
    pool.close()
    flush_removals()


def _claim(pool, limits, modules=()):
    pool.warm(tuple(modules))
    deadline = time.monotonic() + 60
    while pool.waiting(tuple(modules)) == 0:
        assert time.monotonic() < deadline, "no warm sandbox"
        time.sleep(0.05)
    hits = pool.hits
    session = pool.open(limits, tuple(modules))
    assert pool.hits == hits + 1, "the claim did not come from the pool"
    return session


def _load(session, code):
    reply = session.request({"op": "load", "kind": "function", "code": code, "entry": "f"}, 20)
    assert reply["ok"] is True, reply


def test_a_claimed_sandbox_holds_the_problems_memory_limit(pool):
    session = _claim(pool, Limits(memory_bytes=96 * MiB))
    _load(session, ALLOCATE)
    assert session.request({"op": "call", "args": [16 * MiB]}, 30)["value"] == 16 * MiB
    with pytest.raises(SandboxClosed):  # 4 GiB when it started; 96 MiB now
        session.request({"op": "call", "args": [200 * MiB]}, 30)
    report = session.close()
    assert report.oom_killed


def test_a_claimed_sandbox_holds_the_problems_cpu_and_file_size_limits(pool):
    limits = Limits(cpu_seconds=7, output_bytes=2 * MiB)
    session = _claim(pool, limits, ("numpy", "pandas"))
    _load(session, LIMITS_PROBE)
    seen = json.loads(session.request({"op": "call", "args": []}, 30)["value"])
    session.close()
    soft, hard = seen["cpu"]
    assert limits.cpu_seconds <= soft <= limits.cpu_seconds + seen["used"] + 1
    assert hard == soft + 1  # lowered for good: the submission cannot raise it again
    assert seen["fsize"] == [2 * MiB, 2 * MiB]


def test_each_sandbox_serves_one_submission_and_is_then_removed(pool, docker_backend):
    problem = load_problem(PROBLEMS / "customer-order-summary")
    pool.warm(problem.modules)
    before = sandbox_containers(docker_backend)
    results = []
    for _ in range(2):
        while pool.waiting(problem.modules) == 0:
            time.sleep(0.05)
        results.append(Grader(problem, pool).grade(problem.reference, growth="never"))
    assert [r.verdict for r in results] == [Verdict.accepted, Verdict.accepted]
    assert pool.hits == 2 and pool.started >= 2
    pool.close()
    flush_removals()
    assert sandbox_containers(docker_backend) - before == set()
