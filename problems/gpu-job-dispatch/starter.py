def dispatch_jobs(gpus: int, jobs: list[list[int]]) -> list[list[int]]:
    # For each job, in input order: [gpu, begin] under the dispatch rules of the statement.
    raise NotImplementedError
