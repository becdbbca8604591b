# ruff: noqa: F821  (TreeNode is provided by the judge)
def column_order(root: TreeNode | None) -> list[list[int]]:
    # One list per column, left to right; top to bottom; same square: smaller value first.
    raise NotImplementedError
