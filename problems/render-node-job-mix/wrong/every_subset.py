# verdict: Time Limit Exceeded
# Tries every subset by recursion, pruning only when a limit is passed.
def best_job_mix(jobs, cores, memory):
    def go(i, cores_left, memory_left):
        if i == len(jobs):
            return 0
        c, m, v = jobs[i]
        skip = go(i + 1, cores_left, memory_left)
        if c <= cores_left and m <= memory_left:
            return max(skip, v + go(i + 1, cores_left - c, memory_left - m))
        return skip
    return go(0, cores, memory)
