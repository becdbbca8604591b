class ClusterRegistry:
    def __init__(self, n: int) -> None:
        raise NotImplementedError

    def link(self, a: int, b: int) -> bool:
        raise NotImplementedError

    def connected(self, a: int, b: int) -> bool:
        raise NotImplementedError

    def size(self, a: int) -> int:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError
