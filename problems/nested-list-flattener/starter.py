class NestedFlattener:
    def __init__(self, nested: list) -> None:
        self.nested = nested

    def has_next(self) -> bool:
        raise NotImplementedError

    def next(self) -> int:
        raise NotImplementedError
