import numpy as np


def stratified_lift(strata: list[str], arm: np.ndarray, outcome: np.ndarray) -> dict | None:
    # Group the units by (stratum, arm); keep the strata with two or more units in each arm.
    raise NotImplementedError(f"{len(strata)} units")
