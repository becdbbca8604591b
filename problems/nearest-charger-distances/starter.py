def dock_distances(grid: list[str]) -> list[list[int]]:
    # For every cell: steps to the nearest 'D' (0 on a dock), or -1 for walls and cells
    # that cannot reach any dock.
    raise NotImplementedError
