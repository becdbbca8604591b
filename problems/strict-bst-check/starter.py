# TreeNode is provided by the judge.
def is_search_tree(root: TreeNode | None) -> bool:  # noqa: F821
    # Every node must lie strictly between the bounds its ancestors impose.
    raise NotImplementedError
