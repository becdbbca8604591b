# verdict: Wrong Answer
# Handles the jobs in the order given, as if they arrived sorted by submit time.
import heapq


def dispatch_jobs(gpus, jobs):
    idle, running = list(range(gpus)), []
    out = []
    for submit, duration in jobs:
        while running and running[0][0] <= submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu, begin = heapq.heappop(idle), submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (begin + duration, gpu))
        out.append([gpu, begin])
    return out
