class TurnTaker:
    def __init__(self, queues: list[list[int]]) -> None:
        self.queues = queues

    def has_next(self) -> bool:
        raise NotImplementedError

    def next(self) -> int:
        raise NotImplementedError
