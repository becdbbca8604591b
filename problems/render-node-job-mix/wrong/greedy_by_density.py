# verdict: Wrong Answer
# Takes jobs in order of credits per unit of resource while they fit.
def best_job_mix(jobs, cores, memory):
    order = sorted(jobs, key=lambda job: job[2] / (job[0] + job[1] + 1), reverse=True)
    total = 0
    for c, m, v in order:
        if c <= cores and m <= memory:
            cores -= c
            memory -= m
            total += v
    return total
