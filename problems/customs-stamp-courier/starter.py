def cheapest_stamped_route(n: int, roads: list[list[int]], stamps: list[int], k: int,
                           start: int, goal: int) -> int:
    # Return the cheapest walk cost from start to goal that collects every stamp kind
    # 0 .. k-1, or -1 if there is none.
    raise NotImplementedError
