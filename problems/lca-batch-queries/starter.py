# ruff: noqa: F821  (TreeNode is provided by the judge)
def common_ancestors(root: TreeNode, queries: list[list[int]]) -> list[int]:
    # Preprocess the tree once, then answer each [a, b] query quickly.
    raise NotImplementedError
