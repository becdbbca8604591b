def token_handfuls(tokens: list[int]) -> list[list[int]]:
    # Return every different handful (sorted list of values), each exactly once.
    raise NotImplementedError
