def tokenize(text: str) -> list[str]:
    # Lowercase; words are runs of letters/digits joined by ' or - (or . between digits);
    # every other non-space character is a token of its own.
    raise NotImplementedError
