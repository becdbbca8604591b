# verdict: Wrong Answer
# A one-dimensional knapsack on cores that only filters out jobs too big for the memory
# alone, so the chosen jobs may together need more memory than the node has.
def best_job_mix(jobs, cores, memory):
    best = [0] * (cores + 1)
    for c, m, v in jobs:
        if m > memory:
            continue
        for a in range(cores, c - 1, -1):
            best[a] = max(best[a], best[a - c] + v)
    return best[cores]
