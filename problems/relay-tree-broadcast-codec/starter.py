# ruff: noqa: F821  (TreeNode is provided by the judge)
class RelayCodec:
    def __init__(self) -> None:
        pass

    def serialize(self, root: TreeNode | None) -> str:
        # Level order, '*' for a missing child, trailing '*' removed, joined with ' '.
        raise NotImplementedError

    def deserialize(self, text: str) -> TreeNode | None:
        raise NotImplementedError
