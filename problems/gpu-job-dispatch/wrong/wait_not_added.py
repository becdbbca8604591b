# verdict: Wrong Answer
# A waiting job starts late but is booked as if it had started when it was submitted, so
# its GPU looks idle too early.
import heapq


def dispatch_jobs(gpus, jobs):
    idle, running = list(range(gpus)), []
    out = [None] * len(jobs)
    for i in sorted(range(len(jobs)), key=lambda i: jobs[i][0]):
        submit, duration = jobs[i]
        while running and running[0][0] <= submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu, begin = heapq.heappop(idle), submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (submit + duration, gpu))
        out[i] = [gpu, begin]
    return out
