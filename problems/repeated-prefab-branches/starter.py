# ruff: noqa: F821  (TreeNode is provided by the judge)
def repeated_branches(root: TreeNode | None) -> list[list[int]]:
    raise NotImplementedError
