# TreeNode is provided by the judge.
def richest_run(root: TreeNode) -> int:  # noqa: F821
    # For every chamber, the best route may bend there: best downward gain on each side.
    raise NotImplementedError
