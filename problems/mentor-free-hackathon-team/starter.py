# TreeNode is provided by the judge.
def best_team_energy(root: TreeNode | None) -> int:  # noqa: F821
    # For each engineer: the best team of their subtree with them, and without them.
    raise NotImplementedError
