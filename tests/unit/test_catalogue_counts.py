"""Each content issue's counts, held by the catalogue as it is (`judge verify` prints the
coverage by pattern; this holds it). A resolved issue holds its targets; the issue in progress
holds the floor it has reached, raised with each batch, so a problem once added cannot be lost
unnoticed."""

from collections import Counter
from pathlib import Path

import pytest

from judge.grading.problems.listing import listing
from judge.grading.problems.patterns import PATTERNS

ROOT = Path(__file__).resolve().parents[2] / "problems"

SQL_TOPICS = ("join", "self-join", "anti-join", "group-by", "conditional-aggregation",
              "ranking", "running-total", "moving-average", "lag-lead", "gaps-and-islands",
              "sessionization", "funnel", "retention", "pivot", "percentiles", "latest-row",
              "top-k", "histogram", "date-spine", "recursive-cte", "null-semantics")
"""Issue 27: every topic it names has a SQL problem."""

ALGORITHM_PATTERNS = ("binary-search", "sliding-window", "line-sweep", "two-pointers",
                      "prefix-sum", "bfs", "dfs", "backtracking", "merge-sort", "quick-sort",
                      "bucket-sort", "monotonic-stack", "monotonic-queue", "tree-traversal",
                      "tree-serialization", "lowest-common-ancestor", "binary-search-tree",
                      "iterator", "topological-sort", "dijkstra", "union-find", "trie",
                      "dp-1d", "dp-2d", "knapsack", "interval-dp", "string-dp")
STAPLES = ("linked-list", "intervals", "matrix", "heap", "bit-manipulation", "greedy")
STAPLE_TARGET = 4
"""Issue 28, item 2 (met): at least 4 problems of each staple."""
PATTERN_TARGET = 5
"""Issue 28, item 1 (met): at least 5 problems of every algorithm pattern, and of dynamic
programming on trees or bitmasks (one kind in the issue's list, two patterns here)."""
DESIGN_TARGET = 12
"""Issue 28, item 3 (met): at least 12 design problems (classes)."""
ALGORITHMS_TARGET = 105
"""Issue 28, item 3 (met): at least 105 algorithm problems, easy/medium/hard roughly 1:2:1
(held as: easy and hard each at least a fifth, medium at least two fifths)."""
ML_TARGET = 60
"""Issue 29 (met): at least 60 ML problems."""
ML_TOPICS = ("neural-networks", "optimizers", "attention", "vision", "text", "ranking",
             "recommendation", "ensembles", "clustering", "calibration", "drift", "metrics",
             "preprocessing")
"""Issue 29's eight groups (deep learning, vision, language, ranking and recommendation,
ensembles and trees, clustering, evaluation and monitoring, feature work), as patterns: at
least two problems each."""
STATISTICS_TARGET, PANDAS_TARGET = 25, 25
"""Issue 30 (met): at least 25 statistics and 25 pandas problems."""
ISSUE_30_STATISTICS_TOPICS = ("multiple-testing", "sequential-testing", "power-analysis",
                              "causal-inference", "nonparametric", "bayesian", "bootstrap",
                              "variance-reduction", "ab-testing", "confidence-intervals")
"""Issue 30's statistics topics (item 1), as patterns: at least one problem each."""
ISSUE_30_PANDAS_TOPICS = ("confidence-intervals", "leakage", "data-splitting", "preprocessing",
                          "metrics", "calibration", "drift", "as-of-join", "moving-average",
                          "deduplication", "reshape", "pivot", "binning", "resampling")
"""Issue 30's data-and-model-analysis round (item 2), as patterns: at least one problem
each."""


@pytest.fixture(scope="module")
def catalogue() -> list[dict]:
    return listing(ROOT, None)


def _count(catalogue: list[dict], category: str) -> Counter:
    return Counter(pattern for meta in catalogue if meta["category"] == category
                   for pattern in meta["patterns"])


def test_every_pattern_named_here_is_a_pattern() -> None:
    assert (set(SQL_TOPICS) | set(ALGORITHM_PATTERNS) | set(STAPLES) | set(ML_TOPICS)
            | set(ISSUE_30_STATISTICS_TOPICS) | set(ISSUE_30_PANDAS_TOPICS) <= set(PATTERNS))


def test_issue_27_sql_catalogue(catalogue: list[dict]) -> None:
    sql = [meta for meta in catalogue if meta["category"] == "sql"]
    assert len(sql) >= 25
    counts = _count(catalogue, "sql")
    assert [topic for topic in SQL_TOPICS if not counts[topic]] == []


def test_issue_28_algorithm_catalogue(catalogue: list[dict]) -> None:
    algorithms = [meta for meta in catalogue if meta["category"] == "algorithms"]
    assert len(algorithms) >= ALGORITHMS_TARGET
    counts = _count(catalogue, "algorithms")
    assert {staple: counts[staple] for staple in STAPLES
            if counts[staple] < STAPLE_TARGET} == {}
    assert sum(meta["kind"] == "class" for meta in algorithms) >= DESIGN_TARGET
    assert {pattern: counts[pattern] for pattern in ALGORITHM_PATTERNS
            if counts[pattern] < PATTERN_TARGET} == {}
    trees_or_bitmasks = sum(bool({"tree-dp", "bitmask-dp"} & set(meta["patterns"]))
                            for meta in algorithms)
    assert trees_or_bitmasks >= PATTERN_TARGET


def test_issue_28_difficulty_mix(catalogue: list[dict]) -> None:
    algorithms = [meta for meta in catalogue if meta["category"] == "algorithms"]
    levels = Counter(meta["difficulty"] for meta in algorithms)
    assert levels["easy"] * 5 >= len(algorithms), levels
    assert levels["hard"] * 5 >= len(algorithms), levels
    assert levels["medium"] * 5 >= 2 * len(algorithms), levels


def test_issue_29_ml_catalogue(catalogue: list[dict]) -> None:
    assert sum(meta["category"] == "ml" for meta in catalogue) >= ML_TARGET
    counts = _count(catalogue, "ml")
    assert {topic: counts[topic] for topic in ML_TOPICS if counts[topic] < 2} == {}


def test_issue_30_statistics_and_pandas_catalogue(catalogue: list[dict]) -> None:
    assert sum(meta["category"] == "statistics" for meta in catalogue) >= STATISTICS_TARGET
    assert sum(meta["category"] == "pandas" for meta in catalogue) >= PANDAS_TARGET
    counts = _count(catalogue, "statistics")
    assert [topic for topic in ISSUE_30_STATISTICS_TOPICS if not counts[topic]] == []
    counts = _count(catalogue, "pandas")
    assert [topic for topic in ISSUE_30_PANDAS_TOPICS if not counts[topic]] == []


def test_every_statistics_problem_is_cross_checked(catalogue: list[dict]) -> None:
    """Issue 30: a statistics problem's reference is checked against SciPy, statsmodels or an
    independent re-implementation in tests/statistics_references, which names its slug."""
    folder = ROOT.parent / "tests" / "statistics_references"
    checks = " ".join(path.read_text(encoding="utf-8") for path in folder.glob("test_*.py"))
    unchecked = [meta["slug"] for meta in catalogue if meta["category"] == "statistics"
                 and f'"{meta["slug"]}"' not in checks]
    assert unchecked == []
