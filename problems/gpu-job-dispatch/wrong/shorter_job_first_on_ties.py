# verdict: Wrong Answer
# Sorts the (submit, duration) pairs themselves: jobs submitted together go shortest first
# instead of in input order.
import heapq


def dispatch_jobs(gpus, jobs):
    idle, running = list(range(gpus)), []
    out = [None] * len(jobs)
    for (submit, duration), i in sorted((tuple(job), i) for i, job in enumerate(jobs)):
        while running and running[0][0] <= submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu, begin = heapq.heappop(idle), submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (begin + duration, gpu))
        out[i] = [gpu, begin]
    return out
