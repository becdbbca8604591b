# verdict: Wrong Answer
# Counts a GPU as busy at the instant its job ends, so a job arriving then skips it.
import heapq


def dispatch_jobs(gpus, jobs):
    idle, running = list(range(gpus)), []
    out = [None] * len(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: jobs[i][0]):
        submit, duration = jobs[i]
        while running and running[0][0] < submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu, begin = heapq.heappop(idle), submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (begin + duration, gpu))
        out[i] = [gpu, begin]
    return out
