# ruff: noqa: F821  (TreeNode is provided by the judge)
class Codec:
    def __init__(self) -> None:
        pass

    def serialize(self, root: TreeNode | None) -> str:
        # Preorder values, '#' for each missing child, joined with ','.
        raise NotImplementedError

    def deserialize(self, data: str) -> TreeNode | None:
        raise NotImplementedError
