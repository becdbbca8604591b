def peak_power_stretch(jobs: list[list[int]]) -> list[int]:
    # Return [peak, from, to] for the first maximal stretch at the peak draw ([] if no jobs).
    raise NotImplementedError
