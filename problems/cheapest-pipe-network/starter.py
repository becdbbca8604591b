def cheapest_network(n: int, pipes: list[list[int]]) -> int:
    # Return the cheapest total cost connecting all n wells, or -1 if impossible.
    raise NotImplementedError
