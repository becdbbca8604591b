# verdict: Wrong Answer
# The downward loops stop one short, so a job never uses the last core or GiB it could.
def best_job_mix(jobs, cores, memory):
    best = [[0] * (memory + 1) for _ in range(cores + 1)]
    for c, m, v in jobs:
        for a in range(cores, c, -1):
            for b in range(memory, m, -1):
                best[a][b] = max(best[a][b], best[a - c][b - m] + v)
    return best[cores][memory]
