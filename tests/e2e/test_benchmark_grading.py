"""The grading benchmark, once at a small size (`python -m benchmarks.grading` gives the
figures; here only that it runs and that its results agree, never its timings: the machines
are noisy). One reference per category in-process and in Docker, a few submissions through a
real `judge serve` one at a time and at once."""

import pytest

from benchmarks.grading import CATEGORIES, run

pytestmark = [pytest.mark.docker, pytest.mark.timeout(900)]


def test_the_grading_benchmark_at_a_small_size(docker_backend) -> None:
    out = run(sections=["backends", "latency", "throughput"],
              backends=["in-process", "docker"], problems=None, per_category=1, repeats=1,
              baseline=None, latency_count=2, throughput_count=4)
    # every reference Accepted with the same tests on both backends
    assert out["agree"] is True
    assert set(out["backends"]) == set(CATEGORIES)
    for row in out["backends"].values():
        assert row["in-process"]["seconds"] > 0 and row["docker"]["seconds"] > 0
    assert out["catalogue"]["count"] == len(CATEGORIES)
    latency = out["latency"]
    assert latency["agree"] is True and latency["count"] == 2
    assert 0 < latency["p50"] <= latency["p95"]
    assert all(seconds >= 0 for seconds in latency["stages"].values())
    assert list(out["throughput"]) == ["small mix"]
    throughput = out["throughput"]["small mix"]
    assert throughput["agree"] is True and throughput["count"] == 4
    assert throughput["rate"] > 0 and throughput["in_process_rate"] > 0
