def skeleton_counts(n: int, matches: list[list[int]]) -> list[int]:
    # After each match [a, b] (fragments numbered 1..n), report how many groups there are.
    raise NotImplementedError
