def smallest_lcs(first: str, second: str) -> str:
    # Return the lexicographically smallest among the longest common subsequences.
    raise NotImplementedError
