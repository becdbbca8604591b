# TreeNode is provided by the judge.
def shared_manager(root: TreeNode | None, a: int, b: int) -> int | None:  # noqa: F821
    # Make sure both badges exist before trusting a common ancestor.
    raise NotImplementedError
