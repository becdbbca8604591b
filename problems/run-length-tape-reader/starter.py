class RunLengthTape:
    def __init__(self, encoding: list[int]) -> None:
        self.encoding = encoding

    def next(self, n: int) -> int:
        # Consume n items; return the last one consumed, or -1 if fewer than n remained.
        raise NotImplementedError
