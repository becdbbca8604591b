"""The leaderboard benchmark, once at a small size: the fast board must equal the
per-member baseline's, and on SQLite every statement must search by index, never scan the
submissions table. (Timings are reported by `python -m benchmarks.leaderboard`, not
asserted: the machines are noisy.)"""

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
