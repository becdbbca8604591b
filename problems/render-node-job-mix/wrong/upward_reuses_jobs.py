# verdict: Wrong Answer
# Fills the table upward in both limits, as for coins: a job can then be counted many times.
def best_job_mix(jobs, cores, memory):
    best = [[0] * (memory + 1) for _ in range(cores + 1)]
    for c, m, v in jobs:
        for a in range(c, cores + 1):
            for b in range(m, memory + 1):
                best[a][b] = max(best[a][b], best[a - c][b - m] + v)
    return best[cores][memory]
