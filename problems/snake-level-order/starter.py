# ruff: noqa: F821  (TreeNode is provided by the judge)
def snake_levels(root: TreeNode | None) -> list[list[int]]:
    # One list per depth; even depths left to right, odd depths right to left.
    raise NotImplementedError
