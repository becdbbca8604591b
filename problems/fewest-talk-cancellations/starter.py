def fewest_cancellations(talks: list[list[int]]) -> int:
    # Fewest half-open slots [start, end) to drop so that the rest never overlap.
    raise NotImplementedError
