class Autocomplete:
    def __init__(self) -> None:
        pass

    def add(self, word: str, weight: int) -> None:
        # Add weight to the score of word (scores accumulate over repeated adds).
        raise NotImplementedError

    def suggest(self, prefix: str) -> list[str]:
        # Up to 3 stored words starting with prefix: highest score first, ties by word.
        raise NotImplementedError
