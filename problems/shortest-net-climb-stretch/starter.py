def shortest_net_climb(changes: list[int], climb: int) -> int:
    # Fewest consecutive segments whose changes sum to at least climb; -1 if none.
    raise NotImplementedError
