# verdict: Time Limit Exceeded
# Correct, but keeps one "idle at" time per GPU and scans them for every job: O(n * gpus).
def dispatch_jobs(gpus, jobs):
    idle_at = [0] * gpus
    out = [None] * len(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: jobs[i][0]):
        submit, duration = jobs[i]
        gpu = -1
        for g in range(gpus):
            if idle_at[g] <= submit:
                gpu = g
                break
        if gpu == -1:
            gpu = 0
            for g in range(1, gpus):
                if idle_at[g] < idle_at[gpu]:
                    gpu = g
            begin = idle_at[gpu]
        else:
            begin = submit
        idle_at[gpu] = begin + duration
        out[i] = [gpu, begin]
    return out
