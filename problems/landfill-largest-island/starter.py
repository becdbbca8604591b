def best_landfill(chart: list[str]) -> list[int]:
    # Find the water cell whose filling makes the largest island: [area, row, col].
    raise NotImplementedError
