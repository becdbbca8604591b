# Top-down: the best from job i on with the resources left, memoised.
from functools import lru_cache


def best_job_mix(jobs, cores, memory):
    @lru_cache(maxsize=None)
    def best(i, cores_left, memory_left):
        if i == len(jobs):
            return 0
        c, m, v = jobs[i]
        skip = best(i + 1, cores_left, memory_left)
        if c <= cores_left and m <= memory_left:
            return max(skip, v + best(i + 1, cores_left - c, memory_left - m))
        return skip

    return best(0, cores, memory)
