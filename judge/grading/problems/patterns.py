"""The patterns a problem may be tagged with: what it practises. They shape no test and no
value, so they are not part of the grading fingerprint (`fingerprint.NOT_GRADING`): a new
pattern stales no problem's tests or records. The quick listing revalidates every
problem.toml when this list changes (`listing.py`)."""

PATTERNS = (
    # algorithm patterns
    "binary-search", "sliding-window", "line-sweep", "two-pointers", "prefix-sum",
    "bfs", "dfs", "backtracking",
    "merge-sort", "quick-sort", "bucket-sort",
    "monotonic-stack", "monotonic-queue",
    "tree-traversal", "tree-serialization", "lowest-common-ancestor", "binary-search-tree",
    "iterator",
    "topological-sort", "dijkstra", "union-find", "trie",
    "dp-1d", "dp-2d", "knapsack", "interval-dp", "string-dp",
    "design", "hashing", "heap", "greedy",
    "linked-list", "intervals", "matrix", "bit-manipulation", "tree-dp", "bitmask-dp",
    # machine learning from scratch
    "knn", "linear-models", "gradient-descent", "decision-tree", "clustering",
    "dimensionality-reduction", "naive-bayes", "neural-networks", "metrics", "text",
    "data-splitting", "preprocessing", "optimizers", "attention", "vision", "ranking",
    "recommendation", "ensembles", "calibration", "drift",
    # statistics and experimentation
    "hypothesis-testing", "ab-testing", "bootstrap", "bayesian", "simulation",
    "confidence-intervals", "variance-reduction", "multiple-testing", "sequential-testing",
    "power-analysis", "causal-inference", "nonparametric",
    # data work
    "join", "group-by", "aggregation", "window-function", "pivot", "deduplication",
    "date-bucketing", "missing-values", "funnel", "retention", "sessionization", "self-join",
    "top-k", "anti-join", "conditional-aggregation", "ranking", "running-total",
    "moving-average", "lag-lead", "gaps-and-islands", "percentiles", "histogram", "date-spine",
    "recursive-cte", "null-semantics", "latest-row",
    "leakage", "as-of-join", "resampling", "reshape", "binning",
)

