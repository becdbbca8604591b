class WordTally:
    def __init__(self) -> None:
        pass

    def add(self, word: str) -> None:
        raise NotImplementedError

    def count(self, word: str) -> int:
        raise NotImplementedError

    def count_prefix(self, prefix: str) -> int:
        raise NotImplementedError

    def remove(self, word: str) -> bool:
        raise NotImplementedError
