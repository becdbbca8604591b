# ruff: noqa: F821  (TreeNode is provided by the judge)
def split_point(root: TreeNode, a: int, b: int) -> int:
    # Walk down from the root while a and b are on the same side of the current node.
    raise NotImplementedError
