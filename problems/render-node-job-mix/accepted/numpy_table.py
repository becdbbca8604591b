# The whole table at once per job with numpy; np.maximum builds a new array before the
# assignment, so every cell still reads the table without this job.
import numpy as np


def best_job_mix(jobs, cores, memory):
    best = np.zeros((cores + 1, memory + 1), dtype=np.int64)
    for c, m, v in jobs:
        if c > cores or m > memory:
            continue
        best[c:, m:] = np.maximum(best[c:, m:], best[: cores + 1 - c, : memory + 1 - m] + v)
    return int(best[cores, memory])
