def shortest_route(grid: list[str], start: list[int], goal: list[int]) -> int:
    # Return the fewest 4-directional steps from start to goal over '.' cells, or -1.
    raise NotImplementedError
