# verdict: Runtime Error
# Shifts the table with best[:-c, :-m]: for a job that needs no cores (or no memory) the
# slice [:-0] is empty and the shapes no longer match.
import numpy as np


def best_job_mix(jobs, cores, memory):
    best = np.zeros((cores + 1, memory + 1), dtype=np.int64)
    for c, m, v in jobs:
        if c > cores or m > memory:
            continue
        best[c:, m:] = np.maximum(best[c:, m:], best[:-c, :-m] + v)
    return int(best[cores, memory])
