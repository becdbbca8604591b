# verdict: Wrong Answer
# Tracks sets that use EXACTLY a cores and b GiB and reads the answer at the full node,
# so a node that cannot be filled exactly loses its best set.
def best_job_mix(jobs, cores, memory):
    NONE = float("-inf")
    best = [[NONE] * (memory + 1) for _ in range(cores + 1)]
    best[0][0] = 0
    for c, m, v in jobs:
        for a in range(cores, c - 1, -1):
            for b in range(memory, m - 1, -1):
                if best[a - c][b - m] != NONE:
                    best[a][b] = max(best[a][b], best[a - c][b - m] + v)
    return best[cores][memory] if best[cores][memory] != NONE else 0
