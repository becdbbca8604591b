"""The leaderboard and practice benchmarks, once at a small size. The fast board must equal
the per-member baseline's, and on SQLite every statement must search by index, never scan
the submissions table; the review queue kept by the process must equal the one replayed.
(Timings are reported by `python -m benchmarks.leaderboard` and `benchmarks.practice`, not
asserted: the machines are noisy.)"""

from benchmarks import practice
from benchmarks.leaderboard import run


def test_the_leaderboard_benchmark_at_a_small_size(database_url: str) -> None:
    report = run(database_url, members=40, submissions=3000, outsiders=10, repeat=1)
    for label, result in report["windows"].items():
        assert result["same_board"], label
        assert result["rows"] == 40
        assert result["board_seconds"] > 0 and result["baseline_seconds"] > 0
    if report["database"] == "sqlite":
        plans = report["query_plans"]
        assert len(plans) == 4
        assert all("SCAN submissions" not in plan for plan in plans), plans
        assert sum("submissions USING" in plan for plan in plans) == 3, plans


def test_the_practice_benchmark_at_a_small_size(database_url: str) -> None:
    report = practice.run(database_url, runs=300, repeat=1)
    assert report["the kept queue is the replayed one"]
    assert set(report["median ms"]) == {
        "baseline: progress.marks", "review queue, replayed", "review queue, nothing new",
        "progress profile", "personal plan", "mock report"}
    assert all(ms > 0 for ms in report["median ms"].values())
