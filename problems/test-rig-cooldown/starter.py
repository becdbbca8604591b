def shortest_shift(jobs: list[str], cooldown: int) -> int:
    # Return the fewest minutes (idle ones included) to run every job.
    raise NotImplementedError
