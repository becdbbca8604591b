import numpy as np


def poststratified_mean(cells: list[str], responses: np.ndarray,
                        population: dict[str, float]) -> dict | None:
    # Weight each cell's mean by its share of the population, not of the sample.
    raise NotImplementedError(f"{len(cells)} responses, {len(population)} cells")
