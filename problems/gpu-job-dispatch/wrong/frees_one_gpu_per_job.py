# verdict: Wrong Answer
# Moves at most one finished GPU back to the idle heap per job, so a smaller-numbered GPU
# that finished later is missed.
import heapq


def dispatch_jobs(gpus, jobs):
    idle, running = list(range(gpus)), []
    out = [None] * len(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: jobs[i][0]):
        submit, duration = jobs[i]
        if running and running[0][0] <= submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu, begin = heapq.heappop(idle), submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (begin + duration, gpu))
        out[i] = [gpu, begin]
    return out
