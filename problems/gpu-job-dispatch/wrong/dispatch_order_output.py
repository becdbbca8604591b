# verdict: Wrong Answer
# Right pairs, but listed in the order the jobs were handled instead of input order.
import heapq


def dispatch_jobs(gpus, jobs):
    idle, running = list(range(gpus)), []
    out = []
    for submit, duration in sorted(jobs, key=lambda job: job[0]):
        while running and running[0][0] <= submit:
            heapq.heappush(idle, heapq.heappop(running)[1])
        if idle:
            gpu, begin = heapq.heappop(idle), submit
        else:
            begin, gpu = heapq.heappop(running)
        heapq.heappush(running, (begin + duration, gpu))
        out.append([gpu, begin])
    return out
