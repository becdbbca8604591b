# TreeNode is provided by the judge.
def nearest_forebear(root: TreeNode) -> int:  # noqa: F821
    # For each subtree: how deep it goes, and where its deepest nodes meet.
    raise NotImplementedError
