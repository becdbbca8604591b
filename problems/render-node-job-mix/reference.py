def best_job_mix(jobs: list[tuple[int, int, int]], cores: int, memory: int) -> int:
    # best[a][b]: the most credits with at most a cores and b GiB, over the jobs seen so far
    best = [[0] * (memory + 1) for _ in range(cores + 1)]
    for need_cores, need_memory, credits in jobs:
        if need_cores > cores or need_memory > memory:
            continue
        # downward in both limits, so best[a - c][b - m] still excludes this job
        for a in range(cores, need_cores - 1, -1):
            row, source = best[a], best[a - need_cores]
            for b in range(memory, need_memory - 1, -1):
                candidate = source[b - need_memory] + credits
                if candidate > row[b]:
                    row[b] = candidate
    return best[cores][memory]
