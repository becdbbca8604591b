# ruff: noqa: F821  (TreeNode is provided by the judge)
class BSTCodec:
    def __init__(self) -> None:
        pass

    def encode(self, root: TreeNode | None) -> str:
        # Preorder values joined by single spaces; "" for the empty tree.
        raise NotImplementedError

    def decode(self, data: str) -> TreeNode | None:
        raise NotImplementedError
