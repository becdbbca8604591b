def finish_times(durations: list[int], deps: list[list[int]]) -> list[int]:
    # Return each job's finish time, or [] if the dependencies contain a cycle.
    raise NotImplementedError
