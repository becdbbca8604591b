def cheapest_route(grid: list[list[int]]) -> int:
    # Return the minimum total toll from the top-left to the bottom-right cell moving only
    # right or down, or -1 if there is no route.
    raise NotImplementedError
