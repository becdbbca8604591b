def cheapest_drive(n: int, roads: list[list[int]], start: int, goal: int) -> int:
    raise NotImplementedError
