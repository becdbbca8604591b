def best_job_mix(jobs: list[tuple[int, int, int]], cores: int, memory: int) -> int:
    # Return the largest total credits of a set of jobs using at most `cores` cores and
    # at most `memory` GiB together.
    raise NotImplementedError
