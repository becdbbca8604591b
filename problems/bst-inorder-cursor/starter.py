# TreeNode is provided by the judge.
class BSTCursor:
    def __init__(self, root: "TreeNode | None") -> None:  # noqa: F821
        self.root = root

    def has_next(self) -> bool:
        raise NotImplementedError

    def peek(self) -> int:
        raise NotImplementedError

    def next(self) -> int:
        raise NotImplementedError
